package org.verbatim;

import org.jspecify.annotations.Nullable;
import org.verbatim.ApiTest.Answer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * A plain HTTP client for tests: the JDK's, so that requests go through the real server.
 */
public final class Http {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Http() {
	}

	/** GET a path (with its query, already encoded) on localhost: the whole answer. */
	public static Answer get(int port, String pathAndQuery, String... headers) {
		return send(port, "GET", pathAndQuery, null, headers);
	}

	/** Any method, with a JSON body or none. */
	public static Answer send(int port, String method, String pathAndQuery, @Nullable String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + pathAndQuery + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * GET a request target exactly as given, over a plain socket: for targets the JDK's
	 * client refuses to send (a broken percent-escape).
	 */
	public static Answer raw(int port, String target) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			byte[] all = socket.getInputStream().readAllBytes();
			String text = new String(all, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String[] head = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(head[0].split(" ")[1]);
			String contentType = "";
			boolean chunked = false;
			for (String line : head) {
				String lower = line.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-type:")) {
					contentType = line.substring(13).strip();
				}
				chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
			}
			byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
			return new Answer(status, contentType, chunked ? dechunk(body) : body, null);
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + target + " failed", ex);
		}
	}

	private static byte[] dechunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (true) {
			int lineEnd = at;
			while (chunked[lineEnd] != '\r') {
				lineEnd++;
			}
			int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).strip(), 16);
			if (size == 0) {
				return body.toByteArray();
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
	}

}
