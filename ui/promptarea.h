#pragma once

#include "model/domain.h"
#include "session/interactivesession.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QHBoxLayout;

namespace Coach {

class ActionPanel;
class AnnotationPanel;
class FormValidationPanel;
class MessageInput;

//! The bottom of the main window, where the annotator answers whatever the
//! session asks right now: the message line (with the bot's buttons as
//! quick replies), the NLU annotation, the action choice, the form
//! validation question, a busy line with Cancel, or a failure with Retry.
//! It forwards answers as InteractiveSession commands and shows command
//! errors in words.
class PromptArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptArea)

public:
    enum class Page { Message, Annotation, Action, FormValidation, Busy, Failed, Idle };
    Q_ENUM(Page)

    explicit PromptArea(QWidget *parent = nullptr);

    //! The session to answer (not owned); nullptr detaches.
    void setSession(InteractiveSession *session);
    void setEntityDefinitions(const QList<EntityDefinition> &definitions);
    void setKnownActionNames(const QStringList &names);
    //! The shortcuts of `actions` (e.g. Undo on Ctrl+Z) work while the focus
    //! is in the message box or a filter, instead of editing their text.
    void givePriorityTo(const QList<QAction *> &actions);

    Page page() const;
    MessageInput *messageInput() const { return m_input; }
    AnnotationPanel *annotationPanel() const { return m_annotation; }
    ActionPanel *actionPanel() const { return m_action; }
    FormValidationPanel *formValidationPanel() const { return m_form; }
    QList<QPushButton *> quickReplyButtons() const { return m_quickReplies; }
    QString failureText() const;
    void focusCurrentPage();

Q_SIGNALS:
    //! A command was refused; `message` is ready to show.
    void commandFailed(const QString &message);
    void pageChanged(Coach::PromptArea::Page page);

private:
    QWidget *createMessagePage();
    QWidget *createBusyPage();
    QWidget *createFailedPage();
    void connectPanels();
    void connectSession();
    void onStateChanged(InteractiveSession::State state);
    void showButtons(const ButtonQuestion &question);
    void clearButtons();
    void setPage(Page page);
    void run(const Status &status);
    QString busyText(InteractiveSession::State state) const;
    QString connectingText() const;

    QPointer<InteractiveSession> m_session;
    QStackedWidget *m_stack = nullptr;
    MessageInput *m_input = nullptr;
    QWidget *m_quickReplyBar = nullptr;
    QHBoxLayout *m_quickReplyLayout = nullptr;
    QList<QPushButton *> m_quickReplies;
    AnnotationPanel *m_annotation = nullptr;
    ActionPanel *m_action = nullptr;
    FormValidationPanel *m_form = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_failedLabel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancelStep = nullptr;
    QLabel *m_idleLabel = nullptr;
};

} // namespace Coach
