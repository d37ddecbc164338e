#include "promptarea.h"

#include "actionpanel.h"
#include "annotationpanel.h"
#include "choicelist.h"
#include "formvalidationpanel.h"
#include "messageinput.h"
#include "shortcutpriority.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

PromptArea::PromptArea(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_input(new MessageInput(this))
    , m_annotation(new AnnotationPanel(this))
    , m_action(new ActionPanel(this))
    , m_form(new FormValidationPanel(this))
    , m_idleLabel(new QLabel(this))
{
    m_stack->addWidget(createMessagePage());
    m_stack->addWidget(m_annotation);
    m_stack->addWidget(m_action);
    m_stack->addWidget(m_form);
    m_stack->addWidget(createBusyPage());
    m_stack->addWidget(createFailedPage());
    m_idleLabel->setWordWrap(true);
    m_idleLabel->setAlignment(Qt::AlignCenter);
    m_idleLabel->setText(tr("Not connected. Connect to a Rasa server (Ctrl+K) or open a session "
                            "(Ctrl+O)."));
    m_stack->addWidget(m_idleLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connectPanels();
    setPage(Page::Idle);
}

QWidget *PromptArea::createMessagePage()
{
    auto *page = new QWidget(this);
    m_quickReplyBar = new QWidget(page);
    m_quickReplyLayout = new QHBoxLayout(m_quickReplyBar);
    m_quickReplyLayout->setContentsMargins(0, 0, 0, 0);
    m_quickReplyBar->hide();
    auto *send = new QPushButton(tr("Send"), page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(send);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_quickReplyBar);
    layout->addLayout(row);
    layout->addStretch();
    connect(send, &QPushButton::clicked, m_input, &QLineEdit::returnPressed);
    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < m_quickReplies.size())
                m_quickReplies.at(i)->click();
        });
    }
    return page;
}

QWidget *PromptArea::createBusyPage()
{
    auto *page = new QWidget(this);
    m_busyLabel = new QLabel(page);
    m_busyLabel->setWordWrap(true);
    m_busyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *cancel = new QPushButton(tr("Cancel (Esc)"), page);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_busyLabel, 1, Qt::AlignTop);
    layout->addWidget(cancel, 0, Qt::AlignTop);
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    return page;
}

QWidget *PromptArea::createFailedPage()
{
    // The message first, where the eye is; the two ways on beside it.
    auto *page = new QWidget(this);
    m_failedLabel = new QLabel(page);
    m_failedLabel->setWordWrap(true);
    m_failedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failedLabel->setAccessibleName(tr("Error"));
    m_retry = new QPushButton(tr("&Retry (Enter)"), page);
    auto *cancel = m_cancelStep = new QPushButton(tr("Cancel step (Esc)"), page);
    cancel->setToolTip(tr("Drop the failed step and go back to the question before it"));
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_failedLabel, 1, Qt::AlignTop);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(cancel, 0, Qt::AlignTop);
    const auto addKey = [page](const QKeySequence &key, QPushButton *button) {
        auto *shortcut = new QShortcut(key, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::animateClick);
    };
    addKey(QKeySequence(Qt::Key_Return), m_retry);
    addKey(QKeySequence(Qt::Key_Enter), m_retry);
    addKey(QKeySequence(Qt::Key_Escape), cancel);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_session)
            run(m_session->retry());
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    return page;
}

void PromptArea::connectPanels()
{
    connect(m_input, &MessageInput::messageEntered, this, [this](const QString &text) {
        if (m_session)
            run(m_session->sendUserMessage(text));
    });
    connect(m_annotation, &AnnotationPanel::confirmed, this,
            [this] { run(m_session ? m_session->confirmNlu() : Status()); });
    connect(m_annotation, &AnnotationPanel::corrected, this,
            [this](const QString &intent, const QList<Entity> &entities) {
                run(m_session ? m_session->correctNlu(intent, entities) : Status());
            });
    connect(m_annotation, &AnnotationPanel::correctedFromMarkup, this,
            [this](const QString &text, const QString &intent) {
                run(m_session ? m_session->correctNluFromAnnotatedText(text, intent) : Status());
            });
    connect(m_action, &ActionPanel::confirmed, this,
            [this] { run(m_session ? m_session->confirmAction() : Status()); });
    connect(m_action, &ActionPanel::chosen, this, [this](const QString &name) {
        run(m_session ? m_session->chooseAction(name) : Status());
    });
    connect(m_action, &ActionPanel::actionCreated, this, [this](const QString &name) {
        run(m_session ? m_session->createAction(name) : Status());
    });
    connect(m_action, &ActionPanel::responseCreated, this,
            [this](const QString &name, const QString &text) {
                run(m_session ? m_session->createResponse(name, text) : Status());
            });
    connect(m_form, &FormValidationPanel::answered, this, [this](bool validate) {
        run(m_session ? m_session->answerFormValidation(validate) : Status());
    });
}

void PromptArea::setSession(InteractiveSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    clearButtons();
    if (!m_session) {
        setPage(Page::Idle);
        return;
    }
    connectSession();
    onStateChanged(m_session->state());
}

void PromptArea::connectSession()
{
    InteractiveSession *s = m_session;
    connect(s, &InteractiveSession::stateChanged, this, &PromptArea::onStateChanged);
    connect(s, &InteractiveSession::nluQuestionAsked, this, [this](const NluQuestion &q) {
        m_annotation->ask(q);
        setPage(Page::Annotation);
    });
    connect(s, &InteractiveSession::actionQuestionAsked, this, [this](const ActionQuestion &q) {
        m_action->ask(q);
        setPage(Page::Action);
    });
    connect(s, &InteractiveSession::formValidationQuestionAsked, this,
            [this](const FormValidationQuestion &q) {
                m_form->ask(q);
                setPage(Page::FormValidation);
            });
    connect(s, &InteractiveSession::buttonsOffered, this, &PromptArea::showButtons);
    connect(s, &InteractiveSession::connectionProgressed, this, [this] {
        if (m_session && m_session->state() == InteractiveSession::State::Connecting)
            m_busyLabel->setText(busyText(InteractiveSession::State::Connecting));
    });
}

void PromptArea::onStateChanged(InteractiveSession::State state)
{
    using S = InteractiveSession::State;
    switch (state) {
    case S::AwaitingUserMessage:
        if (const auto buttons = m_session->buttonQuestion())
            showButtons(*buttons);
        else
            clearButtons();
        setPage(Page::Message);
        break;
    case S::ConfirmingNlu:
        if (const auto q = m_session->nluQuestion();
            q && m_annotation->question().userEventIndex != q->userEventIndex)
            m_annotation->ask(*q);
        setPage(Page::Annotation);
        break;
    case S::ConfirmingAction:
        if (const auto q = m_session->actionQuestion())
            m_action->ask(*q);
        setPage(Page::Action);
        break;
    case S::ConfirmingFormValidation:
        if (const auto q = m_session->formValidationQuestion())
            m_form->ask(*q);
        setPage(Page::FormValidation);
        break;
    case S::Failed:
        m_failedLabel->setText(m_session->lastError().message);
        m_retry->setEnabled(m_session->lastError().retryable);
        setPage(Page::Failed);
        break;
    case S::Disconnected:
    case S::Offline:
        m_idleLabel->setText(state == S::Offline
                                 ? tr("Offline: this session is shown without a server. "
                                      "Connect (Ctrl+K) to continue it.")
                                 : tr("Not connected. Connect to a Rasa server (Ctrl+K) or open "
                                      "a session (Ctrl+O)."));
        setPage(Page::Idle);
        break;
    default:
        m_busyLabel->setText(busyText(state));
        setPage(Page::Busy);
        break;
    }
}

QString PromptArea::connectingText() const
{
    const ConnectionProgress progress =
        m_session ? m_session->connectionProgress() : ConnectionProgress{};
    QString text = tr("Connecting to %1: %2").arg(progress.serverUrl, progress.stage);
    if (progress.attempts > 1)
        text += u' ' + tr("(attempt %1)").arg(progress.attempts);
    if (!progress.lastProblem.isEmpty())
        text += u'\n' + tr("Last attempt: %1").arg(progress.lastProblem);
    text += u'\n'
        + tr("Rasa Coach tries again until the server answers and has a model; Esc "
             "stops.");
    return text;
}

QString PromptArea::busyText(InteractiveSession::State state) const
{
    using S = InteractiveSession::State;
    switch (state) {
    case S::Connecting:
        return connectingText();
    case S::SendingMessage:
        return tr("Sending the message…");
    case S::Predicting:
        return tr("Asking the bot for its next action…");
    case S::Executing:
        return tr("Running the action…");
    case S::Rebuilding:
        return tr("Updating the conversation on the server…");
    default:
        return tr("Working…");
    }
}

void PromptArea::showButtons(const ButtonQuestion &question)
{
    clearButtons();
    for (qsizetype i = 0; i < question.buttons.size(); ++i) {
        const BotButton &button = question.buttons.at(i);
        auto *push = new QPushButton(
            i < 9 ? tr("%1 (Alt+%2)").arg(button.title).arg(i + 1) : button.title, m_quickReplyBar);
        push->setToolTip(button.payload);
        connect(push, &QPushButton::clicked, this, [this, payload = button.payload] {
            if (m_session)
                run(m_session->chooseButton(payload));
        });
        m_quickReplyLayout->addWidget(push);
        m_quickReplies.append(push);
    }
    m_quickReplyLayout->addStretch();
    m_quickReplyBar->setVisible(!m_quickReplies.isEmpty());
}

void PromptArea::clearButtons()
{
    while (QLayoutItem *item = m_quickReplyLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_quickReplies.clear();
    m_quickReplyBar->hide();
}

void PromptArea::setPage(Page page)
{
    QWidget *widgets[] = {m_stack->widget(0), m_annotation,       m_action,   m_form,
                          m_stack->widget(4), m_stack->widget(5), m_idleLabel};
    QWidget *target = widgets[static_cast<int>(page)];
    const bool changed = m_stack->currentWidget() != target;
    // Only the shown page may ask for room, so that the message line can
    // be small while the panels are large.
    for (QWidget *widget : widgets) {
        const auto policy = widget == target ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        widget->setSizePolicy(policy, policy);
    }
    m_stack->setCurrentWidget(target);
    focusCurrentPage();
    if (changed)
        Q_EMIT pageChanged(page);
}

PromptArea::Page PromptArea::page() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void PromptArea::focusCurrentPage()
{
    switch (page()) {
    case Page::Message:
        m_input->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Annotation:
        m_annotation->focusDefault();
        break;
    case Page::Action:
        m_action->focusDefault();
        break;
    case Page::FormValidation:
        m_form->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Failed:
        (m_retry->isEnabled() ? m_retry : m_cancelStep)->setFocus(Qt::OtherFocusReason);
        break;
    default:
        break;
    }
}

QString PromptArea::failureText() const
{
    return m_failedLabel->text();
}

void PromptArea::setEntityDefinitions(const QList<EntityDefinition> &definitions)
{
    m_annotation->setEntityDefinitions(definitions);
}

void PromptArea::setKnownActionNames(const QStringList &names)
{
    m_action->setKnownNames(names);
}

void PromptArea::givePriorityTo(const QList<QAction *> &actions)
{
    const QList<QWidget *> editors{m_input, m_annotation->intentList()->filterEdit(),
                                   m_action->choiceList()->filterEdit()};
    for (QWidget *editor : editors) {
        for (QAction *action : actions)
            ShortcutPriority::of(editor)->add(action);
    }
}

void PromptArea::run(const Status &status)
{
    if (!status)
        Q_EMIT commandFailed(status.error().message);
}

} // namespace Coach
