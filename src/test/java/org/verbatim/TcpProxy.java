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
 * A TCP proxy a test controls: it forwards connections on a local port to a target, to
 * play the two kinds of database outage. Cut, every open connection is closed and new
 * ones are refused; dropping, connections stay open (new ones are accepted) but nothing
 * is forwarded either way, as when a network loses packets. Restored, it forwards again
 * on the same port.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	private volatile boolean dropping;

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

	/**
	 * Keeps every connection open and accepts new ones, but forwards nothing: clients see
	 * no error, only no answer.
	 */
	public synchronized void drop() {
		this.dropping = true;
	}

	/**
	 * Forwards again. Connections that lost bytes while dropping are closed, as their
	 * streams can no longer be read; after a cut, listens again on the same port.
	 */
	public synchronized void restore() throws IOException {
		if (this.dropping) {
			this.dropping = false;
			for (Socket socket : this.sockets) {
				closeQuietly(socket);
			}
		}
		if (this.server.isClosed()) {
			this.server = listen(this.port);
			accept(this.server);
		}
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
					this.sockets.add(client);
					if (this.dropping) {
						// held open, never answered: closed by restore()
						continue;
					}
					Socket upstream = new Socket(this.targetHost, this.targetPort);
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
					if (!this.dropping) {
						out.write(buffer, 0, n);
						out.flush();
					}
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
