// User messages, NLU validation and correction, buttons (spec §5.3–5.5, §5.7).
#include "interactivesession_p.h"
#include "nlucorrection.h"
#include "sessiondocument.h"

#include "model/annotation.h"
#include "rasa/requests.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coach {

Status InteractiveSession::sendUserMessage(const QString &text)
{
    if (Status status = d->requireState({State::AwaitingUserMessage}); !status)
        return status;
    if (Status status = d->requireServer(); !status)
        return status;
    if (text.trimmed().isEmpty())
        return makeError(tr("Type a message first."));
    if (text.trimmed() == "/restart"_L1)
        return restart(); // Rasa restarts without sending the text (spec §5.4)
    if (d->maxMessages > 0 && d->turns >= d->maxMessages) {
        Q_EMIT messageLimitReached(d->maxMessages);
        return makeError(tr("The session reached its limit of %1 messages. Export it, or raise "
                            "the limit to go on.")
                             .arg(d->maxMessages));
    }
    d->sendMessage(text, false);
    return {};
}

Status InteractiveSession::chooseButton(const QString &payload)
{
    if (Status status = d->requireState({State::AwaitingUserMessage}); !status)
        return status;
    if (Status status = d->requireServer(); !status)
        return status;
    if (payload.isEmpty())
        return makeError(tr("The button has no payload."));
    d->sendMessage(payload, true);
    return {};
}

void InteractiveSession::Private::sendMessage(const QString &text, bool viaButton)
{
    clearQuestions();
    setState(State::SendingMessage);
    const qsizetype firstNew = events().size();
    SendMessageRequest *request = client->sendMessage(conversationId(), text, EventVerbosity::All);
    Step step(StepKind::SendMessage, tr("send the message"));
    step.text = text;
    step.viaButton = viaButton;
    track(request, step);
    Coach::then(
        request, q,
        [this, text, viaButton, firstNew](const SendMessageRequest &answer) {
            if (!sync(answer.tracker())) {
                resume([this, text, viaButton] { sendMessage(text, viaButton); });
                return;
            }
            onMessageStored(text, viaButton, int(firstNew));
        },
        [this](const ApiError &error) { fail(error); });
}

void InteractiveSession::Private::onMessageStored(const QString &text, bool viaButton, int firstNew)
{
    Q_UNUSED(text)
    const EventList &all = events();
    for (qsizetype i = all.size() - 1; i >= firstNew; --i) {
        if (all.at(i).type() != EventType::User)
            continue;
        // Messages from buttons skip NLU validation, as in Rasa (§9 #12).
        if (viaButton)
            predict();
        else
            validateNlu(int(i));
        return;
    }
    continueFromEvents(!viaButton);
}

NluQuestion InteractiveSession::Private::buildNluQuestion(int userEventIndex) const
{
    const Event &user = events().at(userEventIndex);
    const ParseData parseData = user.parseData();
    NluQuestion question;
    question.userEventIndex = userEventIndex;
    question.text = parseData.text().isNull() ? user.text() : parseData.text();
    question.entities = parseData.entities();
    question.annotatedText = Annotation::render(question.text, question.entities);
    question.intent = parseData.fullIntentName();
    question.confidence = parseData.intentConfidence().value_or(0.0);
    QList<IntentScore> ranking = parseData.intentRanking();
    for (IntentScore &score : ranking) {
        if (score.name == parseData.intentName())
            score.name = question.intent; // a retrieval intent with its response key
    }
    question.ranking = NluCorrection::fullRanking(ranking, q->knownIntents());
    question.fromIntentSyntax = question.text.startsWith(u'/');
    question.intentKnown =
        !question.intent.isEmpty() && q->knownIntents().contains(question.intent);
    if (question.fromIntentSyntax) {
        // Rasa 3 sends `/unknown_intent` through NLU, which then names some
        // known intent; Rasa's client accepts that. The annotator meant the
        // typed intent, so ask about it (docs/engine.md).
        static const QRegularExpression syntax(u"^/\\s*([^{@]+)"_s);
        const QString typed = syntax.match(question.text).captured(1).trimmed();
        if (!typed.isEmpty() && typed != question.intent) {
            question.intent = typed;
            question.intentKnown = false;
        }
    }
    return question;
}

void InteractiveSession::Private::validateNlu(int userEventIndex)
{
    const NluQuestion question = buildNluQuestion(userEventIndex);
    // `/intent` messages are only checked against the domain (spec §5.5 step 2).
    if (question.fromIntentSyntax && question.intentKnown) {
        predict();
        return;
    }
    nlu = question;
    setState(State::ConfirmingNlu);
    Q_EMIT q->nluQuestionAsked(question);
}

Status InteractiveSession::confirmNlu()
{
    if (Status status = d->requireState({State::ConfirmingNlu}); !status)
        return status;
    if (d->nlu->intent.isEmpty() || (d->nlu->fromIntentSyntax && !d->nlu->intentKnown))
        return makeError(tr("Choose the intent of the message first."));
    d->clearQuestions();
    d->predict();
    return {};
}

Status InteractiveSession::correctNlu(const QString &intent, const QList<Entity> &entities)
{
    if (Status status = d->requireState({State::ConfirmingNlu}); !status)
        return status;
    return d->applyCorrection(intent, entities);
}

Status InteractiveSession::correctNluFromAnnotatedText(const QString &annotatedText,
                                                       const QString &intent)
{
    if (Status status = d->requireState({State::ConfirmingNlu}); !status)
        return status;
    Result<AnnotatedText> parsed = Annotation::parse(annotatedText);
    if (!parsed)
        return parsed.error();
    if (parsed->plainText != d->nlu->text)
        return makeError(
            tr("Only mark entities: the text without markup must stay '%1'.").arg(d->nlu->text));
    return d->applyCorrection(intent.isEmpty() ? d->nlu->intent : intent, parsed->entities);
}

Status InteractiveSession::createIntent(const QString &name)
{
    if (!NluCorrection::isValidIntentName(name))
        return makeError(tr("An intent name cannot be empty or contain spaces or brackets "
                            "(a retrieval intent is two names joined by one “/”)."));
    if (!knownIntents().contains(name))
        d->document->addNewIntent(name);
    if (d->nlu) {
        d->nlu->ranking = NluCorrection::fullRanking(d->nlu->ranking, knownIntents());
        Q_EMIT nluQuestionAsked(*d->nlu);
    }
    return {};
}

Status InteractiveSession::Private::applyCorrection(const QString &intent,
                                                    const QList<Entity> &entities)
{
    if (Status status = requireServer(); !status)
        return status;
    if (!NluCorrection::isValidIntentName(intent))
        return makeError(tr("Choose an intent (a name without spaces or brackets)."));
    Result<QList<Entity>> checked = NluCorrection::checkedEntities(nlu->text, entities);
    if (!checked)
        return checked.error();
    if (!q->knownIntents().contains(intent))
        document->addNewIntent(intent);
    for (const Entity &entity : *checked) {
        if (!domain.entityNames().contains(entity.type()))
            document->addNewEntity(entity.type());
    }
    const Event original = events().at(nlu->userEventIndex);
    const QList<Entity> merged = NluCorrection::merge(*checked, original.parseData().entities());
    const bool entitiesChanged =
        !NluCorrection::sameAnnotations(merged, original.parseData().entities());
    ParseData corrected;
    corrected.setIntent(NluCorrection::chosenIntent(intent, nlu->ranking));
    corrected.setEntities(merged);
    corrected.setText(nlu->text);
    corrected.setResponseSelector(
        NluCorrection::responseSelectorFor(intent, original.parseData().responseSelector()));
    Event user = original;
    user.setParseData(corrected);
    clearQuestions();
    const EventList posted{Event::rewind(now()), Event::actionListen(now()), user};
    postEvents(tr("correct the NLU result"), posted, [this, entitiesChanged] {
        const EventList &all = events();
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            if (all.at(i).type() == EventType::User) {
                document->setCorrected(conversation, int(i), true);
                break;
            }
        }
        if (entitiesChanged && majorVersion() >= 3) {
            warn(SessionWarning::Kind::SlotsNotReextracted,
                 tr("Rasa 3 does not fill slots from corrected entities. Check the slots; set "
                    "them with a custom action or in the stories if needed."));
        }
        predict();
    });
    return {};
}

void InteractiveSession::Private::offerButtons()
{
    buttons.reset();
    // The applied events, not the raw ones: after an undo the raw events end
    // with the rewind and a new action_listen, after a fork with the kept
    // events of an earlier story part.
    const EventList &all = events();
    const QList<int> applied = History::appliedIndexes(all);
    auto it = applied.crbegin();
    while (it != applied.crend() && all.at(*it).isActionListen())
        ++it;
    if (it == applied.crend() || it == applied.crbegin() || all.at(*it).type() != EventType::Bot)
        return;
    const Event &bot = all.at(*it);
    const QList<BotButton> offered = History::buttons(bot);
    if (offered.isEmpty())
        return;
    buttons = ButtonQuestion{*it, bot.text(), offered};
    Q_EMIT q->buttonsOffered(*buttons);
}

} // namespace Coach
