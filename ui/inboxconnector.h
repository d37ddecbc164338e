#pragma once

#include "inbox/reviewstore.h"
#include "inbox/trackerstoreaddress.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Coach {

class InboxService;
class SessionDocument;

//! Connects the inbox: reads the store's address (a URL or the bot's
//! endpoints.yml), finds its password (the address itself,
//! RASA_COACH_DB_PASSWORD, the keyring, then the annotator, who may keep it
//! in the keyring), opens the store on the InboxService and sets up where
//! review state lives: the team's PostgreSQL database when one is named,
//! else the session file.
class InboxConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxConnector)

public:
    struct PasswordAnswer
    {
        QString password;
        bool remember = false;
    };
    //! Asks the annotator for a password; nullopt when they cancel.
    using PasswordPrompt = std::function<std::optional<PasswordAnswer>(const QString &what)>;

    InboxConnector(InboxService *service, QObject *parent = nullptr);
    ~InboxConnector() override;

    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    //! `store` is a URL or an endpoints.yml path; `reviewDatabase` a
    //! PostgreSQL URL or empty (reviews in the session).
    void connectTo(const QString &store, const QString &reviewDatabase, SessionDocument *document,
                   const QString &annotator);
    ReviewStore *reviewStore() const { return m_reviews.get(); }
    const TrackerStoreAddress &address() const { return m_address; }

    //! A URL, or an endpoints.yml when the text names a YAML file.
    static Result<TrackerStoreAddress> parse(const QString &store);

Q_SIGNALS:
    void connected();
    void failed(const QString &message);
    void reviewStoreChanged(Coach::ReviewStore *store);

private:
    void onOpenFinished(const QString &error, bool needsPassword);
    Status setUpReviews();
    QString knownPassword(const TrackerStoreAddress &address) const;
    std::optional<QString> askPassword(const TrackerStoreAddress &address);

    QPointer<InboxService> m_service;
    PasswordPrompt m_prompt;
    TrackerStoreAddress m_address;
    QString m_reviewDatabase;
    QPointer<SessionDocument> m_document;
    QString m_annotator;
    std::unique_ptr<ReviewStore> m_reviews;
    QString m_password; //!< the store's, as last used to open it
    bool m_asked = false;
    std::optional<PasswordAnswer> m_pendingRemember;
};

} // namespace Coach
