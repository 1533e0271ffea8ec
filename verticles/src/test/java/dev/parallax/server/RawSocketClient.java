package dev.parallax.server;

import dev.parallax.server.protocol.wire.Wire;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A WebSocket client on a plain socket that reads only when told to: the
 * slowest reader there is, for testing what the server does when a client
 * stops reading. No compression, one frame per message.
 */
final class RawSocketClient implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final DataInputStream in;
  private int nextId = 1;

  RawSocketClient(int port, int receiveBufferBytes) throws IOException {
    socket = new Socket();
    socket.setReceiveBufferSize(receiveBufferBytes);
    socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
    out = socket.getOutputStream();
    in = new DataInputStream(socket.getInputStream());
    String key = Base64.getEncoder().encodeToString("parallax-test-key".getBytes(StandardCharsets.US_ASCII));
    out.write(("GET /websocket HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String headers = "";
    while (!headers.endsWith("\r\n\r\n")) {
      headers += (char) in.readUnsignedByte();
    }
    if (!headers.startsWith("HTTP/1.1 101")) {
      throw new IOException("Upgrade refused: " + headers);
    }
  }

  /** Sends {@code request} with a fresh msg_id, as one masked binary frame; returns the id. */
  int send(Wire.Request.Builder request) throws IOException {
    int id = nextId++;
    byte[] payload = request.setMsgId(id).build().toByteArray();
    out.write(0x82);
    if (payload.length < 126) {
      out.write(0x80 | payload.length);
    } else {
      out.write(0x80 | 126);
      out.write(payload.length >>> 8);
      out.write(payload.length & 0xff);
    }
    byte[] mask = {1, 2, 3, 4};
    out.write(mask);
    for (int i = 0; i < payload.length; i++) {
      out.write(payload[i] ^ mask[i & 3]);
    }
    out.flush();
    return id;
  }

  /** Reads the next message from the server (blocking). */
  Wire.Response read() throws IOException {
    int first = in.readUnsignedByte();
    int second = in.readUnsignedByte() & 0x7f;
    long length = second == 126 ? in.readUnsignedShort() : second == 127 ? in.readLong() : second;
    byte[] payload = new byte[(int) length];
    in.readFully(payload);
    if ((first & 0x0f) != 0x2) {
      return read();
    }
    return Wire.Response.parseFrom(payload);
  }

  void setReadTimeout(int millis) throws IOException {
    socket.setSoTimeout(millis);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
