package org.verbatim.editor;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads are public; every other method needs an editor's bearer token. Tokens come from
 * the environment only: outside the {@code dev} profile an archive without configured
 * tokens has no editors at all. Refusals are problem details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EditorSecurity {

	private static final Logger log = LoggerFactory.getLogger(EditorSecurity.class);

	static final String ROLE = "EDITOR";

	@Bean
	EditorTokens editorTokens(@Value("${verbatim.editor.tokens:}") String pairs,
			@Value("${verbatim.editor.tokens-file:}") String file, Environment environment) {
		EditorTokens tokens = EditorTokens.of(pairs, file);
		if (tokens.isEmpty() && environment.acceptsProfiles(Profiles.of("dev"))) {
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String token = HexFormat.of().formatHex(random);
			log.warn("dev profile, no editor tokens configured: use the editor 'dev' with "
					+ "'Authorization: Bearer {}' (valid until this process stops)", token);
			return EditorTokens.of(List.of(new EditorTokens.Editor("dev", token)));
		}
		log.info("{} editor token(s) configured", tokens.size());
		return tokens;
	}

	/**
	 * Token authentication only; it also keeps Spring Boot from inventing a default user.
	 */
	@Bean
	AuthenticationManager editorAuthentication(EditorTokens tokens) {
		return authentication -> tokens.editorFor(String.valueOf(authentication.getCredentials()))
			.map(editor -> UsernamePasswordAuthenticationToken.authenticated(editor.name(), null,
					AuthorityUtils.createAuthorityList("ROLE_" + ROLE)))
			.orElseThrow(() -> new BadCredentialsException("Unknown editor token"));
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication) throws Exception {
		AuthenticationEntryPoint unauthorized = EditorSecurity::unauthorized;
		AccessDeniedHandler forbidden = (request, response, denied) -> problem(response, 403, "Forbidden",
				"This editor may not make this change.");
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(ResponseHeaders.configured())
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD)
				.permitAll()
				.requestMatchers(HttpMethod.OPTIONS)
				.permitAll()
				.anyRequest()
				.hasRole(ROLE))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.addFilterBefore(new BearerTokenFilter(authentication, unauthorized), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Spring Security's firewall refuses some URLs before anything else runs (an encoded
	 * percent, slash or semicolon); those are client mistakes too, answered as problem
	 * details.
	 */
	@Bean
	RequestRejectedHandler problemForRejectedRequests() {
		return (request, response, rejected) -> problem(response, 400, "Bad request",
				"The server could not read this request (its URL holds characters it does not accept).");
	}

	/**
	 * Spring Security's default firewall, with its character rules checked without
	 * regular expressions ({@link FirewallCharacters}).
	 */
	@Bean
	StrictHttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(FirewallCharacters.NAME);
		firewall.setAllowedHeaderValues(FirewallCharacters.HEADER_VALUE);
		firewall.setAllowedParameterNames(FirewallCharacters.NAME);
		return firewall;
	}

	static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean tokenGiven = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				tokenGiven ? "Bearer realm=\"verbatim\", error=\"invalid_token\"" : "Bearer realm=\"verbatim\"");
		problem(response, 401, "Unauthorized", tokenGiven ? "The bearer token is not an editor's token."
				: "Writing to the archive needs an editor's token: send 'Authorization: Bearer <token>'.");
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		// Constant texts without quotes or backslashes: no JSON escaping needed.
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

	/**
	 * Authenticates {@code Authorization: Bearer <token>}; a wrong token is refused at
	 * once.
	 */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final AuthenticationManager authentication;

		private final AuthenticationEntryPoint unauthorized;

		BearerTokenFilter(AuthenticationManager authentication, AuthenticationEntryPoint unauthorized) {
			this.authentication = authentication;
			this.unauthorized = unauthorized;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header == null) {
				chain.doFilter(request, response);
				return;
			}
			String token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
			try {
				var authenticated = this.authentication
					.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(null, token));
				SecurityContextHolder.getContext().setAuthentication(authenticated);
			}
			catch (AuthenticationException ex) {
				SecurityContextHolder.clearContext();
				this.unauthorized.commence(request, response, ex);
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
