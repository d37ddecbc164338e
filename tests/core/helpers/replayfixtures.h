#pragma once

// Sessions and bot copies for the replay tests and the replay benchmark
// (header-only test code): an annotator talks to a bot by text, and copies
// of the bot are changed in one place each, as retraining would change it.

#include "core/helpers/scriptedannotator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>

namespace Coach::Testing {

//! A user message "text of <intent>", annotated with that intent.
inline Event userSaying(const QString &intent, double timestamp)
{
    const QString text = QStringLiteral("text of ") + intent;
    return Event::user(text, ParseData::corrected(text, intent, {}), timestamp);
}

//! An action event as the server stores it (no policy).
inline Event actionAt(const QString &name, double timestamp)
{
    return Event::action(name, {}, std::nullopt, timestamp);
}

//! One user message by text, its NLU confirmed or corrected to
//! `correctedIntent`, every predicted action confirmed until the bot listens.
inline bool talk(ScriptedAnnotator &annotator, const QString &text,
                 const QString &correctedIntent = {})
{
    using State = InteractiveSession::State;
    if (!annotator.say(text))
        return false;
    const Status answered = correctedIntent.isEmpty()
        ? annotator.session->confirmNlu()
        : annotator.session->correctNlu(correctedIntent, {});
    if (!answered) {
        annotator.why = answered.error().toString();
        return false;
    }
    if (!annotator.reach(State::ConfirmingAction))
        return false;
    annotator.confirmUntilListening();
    if (annotator.session->state() != State::AwaitingUserMessage) {
        annotator.why =
            QStringLiteral("the bot did not come back to listening after \"%1\"").arg(text);
        return false;
    }
    return true;
}

//! The moodbot session the replay tests use: two conversations, six turns;
//! "I am great" is the one turn whose answers the changed bots change.
inline bool annotateMoodbot(ScriptedAnnotator &annotator)
{
    if (!annotator.connect())
        return false;
    for (const char *text : {"hello", "I am great", "bye"}) {
        if (!talk(annotator, QString::fromUtf8(text)))
            return false;
    }
    if (!annotator.session->newConversation()) {
        annotator.why = QStringLiteral("no new conversation");
        return false;
    }
    if (!annotator.reach(InteractiveSession::State::AwaitingUserMessage))
        return false;
    for (const char *text : {"hi", "I am sad", "yes"}) {
        if (!talk(annotator, QString::fromUtf8(text)))
            return false;
    }
    return true;
}

//! One change to a copied bot: in `file`, `from` becomes `to`.
struct BotEdit
{
    QString file; //!< relative to the bot folder
    QString from;
    QString to;
};

//! Copies `source` (a bot folder) to `target` and applies `edits`; an edit
//! whose text is not found is an error (the fixture would test nothing).
inline Status copyBot(const QString &source, const QString &target, const QList<BotEdit> &edits)
{
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = target + QLatin1Char('/') + QDir(source).relativeFilePath(from);
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(from, to))
            return makeError(QStringLiteral("cannot copy"), from);
    }
    for (const BotEdit &edit : edits) {
        QFile file(target + QLatin1Char('/') + edit.file);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(file.errorString(), file.fileName());
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        if (!text.contains(edit.from))
            return makeError(QStringLiteral("\"%1\" not found").arg(edit.from), file.fileName());
        text.replace(edit.from, edit.to);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(file.errorString(), file.fileName());
        file.write(text.toUtf8());
    }
    return {};
}

//! Moodbot whose stories and rules answer mood_great with utter_goodbye.
inline QList<BotEdit> moodGreatSaysGoodbye()
{
    return {{QStringLiteral("data/rules.yml"),
             QStringLiteral("- intent: mood_great\n    - action: utter_happy"),
             QStringLiteral("- intent: mood_great\n    - action: utter_goodbye")},
            {QStringLiteral("data/stories.yml"),
             QStringLiteral("- intent: mood_great\n  - action: utter_happy"),
             QStringLiteral("- intent: mood_great\n  - action: utter_goodbye")}};
}

//! Moodbot whose NLU has "I am great" as an example of mood_unhappy.
inline QList<BotEdit> iAmGreatIsUnhappy()
{
    return {{QStringLiteral("data/nlu.yml"), QStringLiteral("    - I am great\n"), QString()},
            {QStringLiteral("data/nlu.yml"), QStringLiteral("    - I am sad\n"),
             QStringLiteral("    - I am sad\n    - I am great\n")}};
}

} // namespace Coach::Testing
