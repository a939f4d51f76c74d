package org.amtsplan.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A TCP relay that holds every new connection for a while before passing it on, so that sending a
 * few hundred mails takes long enough to stop an instance in the middle of it.
 */
public final class SlowRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final Duration delay;

    public SlowRelay(int targetPort, Duration delay) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.delay = delay;
        daemon(this::acceptAll);
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                daemon(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client;
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            Thread.sleep(delay.toMillis());
            Thread back = daemon(() -> pump(target, client));
            pump(client, target);
            back.join();
        } catch (IOException | InterruptedException e) {
            // the client or the mail server went away; nothing to relay any more
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "slow-relay");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // one side closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
