package org.verbatim.quote;

import org.verbatim.topic.TopicTagging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QuoteTopics {

	@Bean
	TopicTagging quoteTagging() {
		return new TopicTagging("quotes", "quote_topic", "quote_id");
	}

}
