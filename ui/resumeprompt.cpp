#include "resumeprompt.h"

#include "messagebox.h"

#include "session/interactivesession.h"

#include <QWidget>

namespace Coach {

ResumePrompt::ResumePrompt(InteractiveSession *session, QWidget *window)
    : QObject(session), m_session(session), m_window(window)
{
    connect(session, &InteractiveSession::resumeQuestionAsked, this,
            [this](const ResumeQuestion &question) {
                // Not inside the session's signal: the box runs its own event loop.
                QMetaObject::invokeMethod(
                    this, [this, question] { ask(question); }, Qt::QueuedConnection);
            });
}

void ResumePrompt::ask(const ResumeQuestion &question)
{
    if (m_session->state() != InteractiveSession::State::ConfirmingResume)
        return;
    const MessageBox::Button answer = MessageBox::question(
        m_window, tr("Session File and Server Disagree"), question.questionText(),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes,
        {{QMessageBox::Yes, tr("Use the &File's Conversation")},
         {QMessageBox::No, tr("Use the &Server's Conversation")}});
    if (answer != QMessageBox::Yes && answer != QMessageBox::No) {
        m_session->cancel();
        return;
    }
    // The state was checked above: the answer fits.
    const Status answered = m_session->answerResume(
        answer == QMessageBox::Yes ? ResumeChoice::UseFile : ResumeChoice::UseServer);
    Q_ASSERT(answered);
    Q_UNUSED(answered)
}

} // namespace Coach
