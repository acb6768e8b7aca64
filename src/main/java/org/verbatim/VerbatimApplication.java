package org.verbatim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Verbatim: an annotated archive of political speeches and articles.
 */
@SpringBootApplication
public class VerbatimApplication {

	public static void main(String[] args) {
		SpringApplication.run(VerbatimApplication.class, args);
	}

}
