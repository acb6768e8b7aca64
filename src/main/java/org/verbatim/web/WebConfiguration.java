package org.verbatim.web;

import java.util.List;

import com.fasterxml.jackson.annotation.Nulls;
import org.apache.catalina.core.StandardHost;
import tools.jackson.core.StreamReadFeature;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	/**
	 * Request bodies: strings the archive can store as given, each property given once (a
	 * repeated key is refused rather than the last one silently winning), and no null
	 * items in lists.
	 */
	@Bean
	JsonMapperBuilderCustomizer strictRequestBodies() {
		return builder -> builder.addModule(new StorableTextModule())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UnknownParameterInterceptor()).addPathPatterns("/api/**");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new IfMatchResolver());
	}

}
