#include "sessionquestions.h"

#include "model/jsonutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct InteractiveSessionMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::InteractiveSession)
};

} // namespace

QString NluQuestion::questionText() const
{
    if (fromIntentSyntax && !intentKnown)
        return InteractiveSessionMessages::tr(
                   "The intent '%1' of '%2' is not in the domain. What intent is it?")
            .arg(intent, annotatedText);
    if (intent.isEmpty())
        return InteractiveSessionMessages::tr(
                   "The NLU classification for '%1' returned 'None'. What intent is it?")
            .arg(annotatedText);
    if (!entities.isEmpty())
        return InteractiveSessionMessages::tr(
                   "Is the intent '%1' correct for '%2' and are all entities labeled correctly?")
            .arg(intent, annotatedText);
    return InteractiveSessionMessages::tr(
               "Your NLU model classified '%1' with intent '%2' and there are no entities, "
               "is this correct?")
        .arg(annotatedText, intent);
}

QString ActionQuestion::questionText() const
{
    if (isUnlikelyIntent)
        return InteractiveSessionMessages::tr(
            "The bot wants to run 'action_unlikely_intent' to indicate that the last user "
            "message was unexpected at this point in the conversation. Check out "
            "UnexpecTEDIntentPolicy "
            "(https://rasa.com/docs/rasa/policies#unexpected-intent-policy) to learn more. "
            "Is that correct?");
    return InteractiveSessionMessages::tr("The bot wants to run '%1', correct?").arg(action);
}

QString FormValidationQuestion::questionText() const
{
    // Rasa prints the slot value with Python's str(): None when unset.
    return InteractiveSessionMessages::tr("Should '%1' validate user input to fill the slot '%2'?")
        .arg(action, requestedSlot.isEmpty() ? u"None"_s : requestedSlot);
}

QString ResumeQuestion::questionText() const
{
    const auto last = [](const QString &message) {
        return message.isEmpty() ? InteractiveSessionMessages::tr("no message")
                                 : u'“' + message + u'”';
    };
    const QString sides =
        InteractiveSessionMessages::tr(
            "The session file holds %1 events of conversation '%2' (last message: "
            "%3); the server holds %4 (last message: %5).")
            .arg(fileEventCount)
            .arg(conversationId, last(fileLastMessage))
            .arg(serverEventCount)
            .arg(last(serverLastMessage));
    const QString what = serverContinuesFile
        ? InteractiveSessionMessages::tr(
            "The server has events the file does not have (for example changes that were not "
            "saved).")
        : InteractiveSessionMessages::tr(
            "The server's events differ from the file's (for example someone else used the "
            "conversation id).");
    return sides + u' ' + what + u' '
        + InteractiveSessionMessages::tr(
               "Use the file's conversation (it continues under a new conversation id, the "
               "server's "
               "events stay untouched) or the server's (the file's version is kept beside it)?");
}

QString BotButton::label(int index) const
{
    QString text = QString::number(index) + u": "_s + title;
    if (!payload.isNull())
        text += u" ("_s + payload + u')';
    if (!extra.isEmpty())
        text += u" - "_s + Json::pythonDumps(extra, true, true);
    return text;
}

} // namespace Coach
