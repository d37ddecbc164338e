#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Coach {

class RasaClient;
class RasaRequest;

//! "What does the server hold for this conversation id?": reads the
//! conversation's tracker (GET, all events) and sums it up in a sentence,
//! so that continuing a conversation is a choice made knowing it.
//! Never blocks; cancel() stops it.
class ConversationLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationLookup)

public:
    explicit ConversationLookup(QObject *parent = nullptr);
    ~ConversationLookup() override;

    void start(const QUrl &url, const QString &token, const QString &jwt, const QString &id,
               int timeoutMs = 8000);
    void cancel();
    bool isRunning() const { return !m_request.isNull(); }

Q_SIGNALS:
    //! `ok` false: the server could not be asked; `text` says why.
    void finished(const QString &id, bool ok, const QString &text);

private:
    RasaClient *m_client = nullptr;
    QPointer<RasaRequest> m_request;
};

} // namespace Coach
