#pragma once

#include <QCoreApplication>

class QWidget;

namespace Coach {

class SessionDocument;

//! Asks what becomes of a session's work before it is closed (window
//! closed, app quit, another file opened): unsaved changes offer Save,
//! story parts that no export has written offer Export… (Rasa's "Export &
//! Quit"), and Discard and Cancel are always there. Nothing to lose: no
//! question, Answer::Close.
class SessionClosePrompt final
{
    Q_DECLARE_TR_FUNCTIONS(Coach::SessionClosePrompt)

public:
    enum class Answer { Close, Save, Export, Cancel };

    SessionClosePrompt() = delete;

    static Answer ask(QWidget *parent, const SessionDocument *document);
    //! Story parts whose current steps no export recorded.
    static int unexportedParts(const SessionDocument *document);
};

} // namespace Coach
