#pragma once

#include "model/event.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace Coach {

class InboxConnector;
class InboxFilterBar;
class InboxModel;
class InboxService;
class NluInboxPanel;
class ReviewStore;
class SessionDocument;

//! The Inbox: real users' conversations from the bot's SQL tracker store.
//! A store line (URL or endpoints.yml, and the team's review database),
//! the filters, the conversations newest first with their review state, and
//! the NLU inbox. Enter opens a conversation (shown in the history table);
//! "Correct it" copies it into the session to correct turn by turn; the
//! review buttons claim, mark reviewed, tag and note, for the whole team
//! when a review database is named.
class InboxPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPanel)

public:
    //! Asks for a line of text (tags, notes); nullopt when cancelled.
    using TextPrompt =
        std::function<std::optional<QString>(const QString &title, const QString &current)>;

    explicit InboxPanel(QWidget *parent = nullptr);
    ~InboxPanel() override;

    void setDocument(SessionDocument *document);
    void connectStore();
    void setTextPrompt(TextPrompt prompt) { m_textPrompt = std::move(prompt); }

    InboxService *service() const { return m_service; }
    InboxConnector *connector() const { return m_connector; }
    InboxModel *model() const { return m_model; }
    InboxFilterBar *filterBar() const { return m_filters; }
    QTableView *view() const { return m_view; }
    NluInboxPanel *nluPanel() const { return m_nlu; }
    QLineEdit *storeEdit() const { return m_store; }
    QLineEdit *reviewDatabaseEdit() const { return m_reviewDatabase; }
    QString statusText() const;
    //! The sender id of the current row, or empty.
    QString currentSender() const;

    void openCurrent();
    void correctCurrent();
    void replayCurrent();
    void claimNext();
    void toggleReviewed();
    void editTags();
    void editNotes();

Q_SIGNALS:
    //! A conversation to show (twice for long ones: the end first).
    void conversationOpened(const QString &senderId, const Coach::EventList &events, bool complete);
    //! The annotator wants to correct a conversation offline (all its events).
    void correctRequested(const QString &senderId, const Coach::EventList &events);
    //! The annotator wants to talk it through again on the connected server.
    void replayRequested(const QString &senderId, const Coach::EventList &events);

private:
    QWidget *createStoreRow();
    QWidget *createConversationsTab();
    QWidget *createButtons();
    void wireService();
    void onConnected();
    void onReviewStoreChanged(ReviewStore *store);
    void onConversationLoaded(const QString &senderId, const EventList &events, bool complete);
    void setStatus(const QString &text, bool error = false);
    QString filterKey() const;
    void updateCount();

    InboxService *m_service = nullptr;
    InboxConnector *m_connector = nullptr;
    InboxModel *m_model = nullptr;
    InboxFilterBar *m_filters = nullptr;
    QTableView *m_view = nullptr;
    NluInboxPanel *m_nlu = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_store = nullptr;
    QLineEdit *m_reviewDatabase = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_count = nullptr;
    QPointer<SessionDocument> m_document;
    QPointer<ReviewStore> m_reviews;
    TextPrompt m_textPrompt;
    //! What a pending load is for: show it, correct it or replay it.
    enum class Purpose { Show, Correct, Replay };
    QHash<QString, Purpose> m_pending;
};

} // namespace Coach
