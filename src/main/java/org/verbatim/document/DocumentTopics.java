package org.verbatim.document;

import org.verbatim.topic.TopicTagging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentTopics {

	@Bean
	TopicTagging documentTagging() {
		return new TopicTagging("documents", "document_topic", "document_id");
	}

}
