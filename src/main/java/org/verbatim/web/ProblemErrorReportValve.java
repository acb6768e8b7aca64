package org.verbatim.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before Spring sees them (an encoded slash or a NUL in the
 * path, a URL too long, bytes that are not UTF-8) and would answer with an HTML page.
 * This answers them as problem details too, so that no error of the API is anything but
 * application/problem+json.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String title = (status < 500) ? "Bad request" : "Internal error";
		String detail = (status < 500)
				? "The server could not read this request (its URL or its characters are not acceptable)."
				: "The server failed to answer this request. This is a bug in Verbatim, not in the request.";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
						+ ",\"detail\":\"" + detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone, or the response is committed: nothing more to say.
		}
	}

}
