#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace Coach::TestSupport {

class ReservedPort;

//! A byte-level HTTP/1.1 server on 127.0.0.1 for client tests. It answers
//! what a handler returns and can break the protocol on purpose: wrong
//! Content-Length, a body dripped slowly, a huge streamed body (generated,
//! never held in memory), a dropped connection, raw bytes. Every request is
//! recorded; a log of "arrived"/"answered" lines shows ordering.
class RawHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; //!< path and query, as sent (encoded)
        QHash<QByteArray, QByteArray> headers; //!< names in lower case
        QByteArray body;

        QByteArray path() const;
        QUrlQuery query() const;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        //! Content-Length to announce instead of the real one.
        std::optional<qint64> contentLength;
        bool sendContentLength = true;
        int delayMs = 0; //!< wait before the first byte
        int dripChunk = 0; //!< send the body this many bytes at a time ...
        int dripIntervalMs = 0; //!< ... with this pause in between
        qint64 generatedBodySize = 0; //!< stream this many filler bytes instead of body
        bool dropConnection = false; //!< close without answering
        QByteArray raw; //!< written verbatim instead of a composed answer

        static Response json(const QByteArray &body, int status = 200);
        static Response text(int status, const QByteArray &contentType, const QByteArray &body);
    };
    using Handler = std::function<Response(const Request &)>;

    explicit RawHttpServer(QObject *parent = nullptr);
    ~RawHttpServer() override;

    //! Listens on 127.0.0.1 (port 0: any free port).
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const;
    QUrl url() const;
    //! Listens on `port`, which refused connections until now.
    bool listen(ReservedPort &port);

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    //! "arrived GET /x" and "answered GET /x" lines in the order they happened.
    QStringList log() const { return m_log; }
    //! Bytes of all bodies actually written to sockets.
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }
    //! Connections the client closed before the answer was complete.
    int abortedByClient() const { return m_abortedByClient; }

Q_SIGNALS:
    void requestArrived(int index);
    void answered(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request, int index);
    void writeResponse(QTcpSocket *socket, const Response &response, int index);
    void streamBody(QTcpSocket *socket, const Response &response, int index);
    void dripBody(QTcpSocket *socket, const Response &response, int index, qint64 offset);
    void finishAnswer(QTcpSocket *socket, int index);

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    QList<Request> m_requests;
    QStringList m_log;
    qint64 m_bodyBytesSent = 0;
    int m_abortedByClient = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Coach::TestSupport
