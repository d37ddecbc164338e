#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Coach {

class InteractiveSession;
struct ResumeQuestion;

//! Asks the annotator which side wins when a conversation of the session
//! file and the server's conversation of the same id disagree (the
//! session's resumeQuestionAsked), and answers the session. Cancel stops
//! connecting; nothing is merged without an answer.
class ResumePrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumePrompt)

public:
    //! Lives as long as `session`; boxes are shown over `window`.
    ResumePrompt(InteractiveSession *session, QWidget *window);

private:
    void ask(const ResumeQuestion &question);

    InteractiveSession *m_session = nullptr;
    QPointer<QWidget> m_window;
};

} // namespace Coach
