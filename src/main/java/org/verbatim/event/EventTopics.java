package org.verbatim.event;

import org.verbatim.topic.TopicTagging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventTopics {

	@Bean
	TopicTagging eventTagging() {
		return new TopicTagging("events", "event_topic", "event_id");
	}

}
