package org.verbatim.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page the servlet container forwards to when it refuses a request itself (a
 * TRACE, which it does not allow) or when something fails outside Spring MVC: a problem
 * with the status the container chose. Asked for directly, the page does not exist: 404.
 * It replaces Spring Boot's, which answers plain JSON, and 999 when asked directly.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		if (status == null || !status.isError()) {
			return answer(HttpStatus.NOT_FOUND, "Nothing is at " + path + ".");
		}
		String detail = switch (status) {
			case METHOD_NOT_ALLOWED -> request.getMethod() + " is not allowed on " + path
					+ ". Accepted: GET, HEAD and OPTIONS, and the writes each operation documents.";
			case NOT_FOUND -> "Nothing is at " + path + ".";
			default -> status.is5xxServerError()
					? "The server failed to answer this request. This is a bug in Verbatim, not in the request."
					: "The server could not accept this request (" + status.getReasonPhrase() + ").";
		};
		return answer(status, detail);
	}

	private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
