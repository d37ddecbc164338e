#pragma once

#include "rasa/apierror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Coach {

class RasaClient;
class RasaRequest;

//! "Test connection": asks GET /version then GET /status with the given
//! credentials and sums the answer up in one verdict a user understands
//! (refused, authentication, not a Rasa server, no model, or the version
//! and model). Never blocks; cancel() stops it.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    enum class Verdict { Ok, Refused, Unauthorized, NotRasa, NoModel, Timeout, OtherError };
    Q_ENUM(Verdict)

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start(const QUrl &url, const QString &token, const QString &jwt, int timeoutMs = 8000);
    void cancel();
    bool isRunning() const { return !m_request.isNull(); }

    //! Classifies an error of the given stage ("version" or "status").
    static Verdict classify(const ApiError &error, bool duringVersion);

Q_SIGNALS:
    //! `text` is translated and complete (what happened and what to try).
    void finished(Coach::ConnectionTester::Verdict verdict, const QString &text);

private:
    void askStatus(const QString &version);
    void fail(const ApiError &error, bool duringVersion);

    RasaClient *m_client = nullptr;
    QPointer<RasaRequest> m_request;
};

} // namespace Coach
