package org.verbatim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy a test controls: it forwards connections on a local port to a target and
 * can be cut (every open connection closed, new ones refused) and restored on the same
 * port, to play a database outage.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	public TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = listen(0);
		this.port = this.server.getLocalPort();
		accept(this.server);
	}

	public int port() {
		return this.port;
	}

	/** Closes every connection and stops listening: clients see resets, then refusals. */
	public synchronized void cut() throws IOException {
		this.server.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.sockets.clear();
	}

	/** Listens again on the same port. */
	public synchronized void restore() throws IOException {
		this.server = listen(this.port);
		accept(this.server);
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return server;
	}

	private void accept(ServerSocket server) {
		Thread acceptor = new Thread(() -> {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					Socket upstream = new Socket(this.targetHost, this.targetPort);
					this.sockets.add(client);
					this.sockets.add(upstream);
					pump(client, upstream);
					pump(upstream, client);
				}
				catch (IOException ex) {
					// closed by cut(), or the target refused: the client sees its
					// connection end
				}
			}
		}, "tcp-proxy-accept-" + this.port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private void pump(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int n; (n = in.read(buffer)) != -1;) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private void closeQuietly(Socket socket) {
		this.sockets.remove(socket);
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
