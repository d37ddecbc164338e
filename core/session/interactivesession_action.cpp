// Predicting, choosing and running actions, form checks (spec §5.6).
#include "interactivesession_p.h"
#include "nlucorrection.h"
#include "sessiondocument.h"

#include "export/domainexporter.h"
#include "rasa/requests.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr auto kActionListen = "action_listen"_L1;
constexpr auto kUnlikelyIntent = "action_unlikely_intent"_L1;

bool predicts(const QList<ActionChoice> &choices, const QString &name)
{
    return std::any_of(choices.cbegin(), choices.cend(),
                       [&name](const ActionChoice &choice) { return choice.name == name; });
}

} // namespace

void InteractiveSession::Private::predict()
{
    clearQuestions();
    setState(State::Predicting);
    PredictRequest *request = client->predict(conversationId());
    track(request, Step(StepKind::Predict, tr("predict the next action")));
    Coach::then(
        request, q,
        [this](const PredictRequest &answer) {
            inFlight.clear();
            QList<ActionChoice> choices;
            for (const ActionScore &score : answer.scores())
                choices.append(ActionChoice{score.action, score.score, false});
            const QString policy = answer.policy();
            const std::optional<double> confidence = answer.confidence();
            auto ask = [this, choices, policy, confidence] {
                askAction(choices.first().name, policy, confidence, choices);
            };
            const EventList &seen = answer.tracker().events;
            if (mirror.endsAtSynced(seen)) {
                adoptTracker(answer.tracker());
                ask();
            } else {
                // The server started a new session, or lost ours: predict
                // again on the tracker as it is now.
                resyncThen([this] { predict(); });
            }
        },
        [this](const ApiError &error) {
            if (error.isConversationNotFound())
                resume([this] { predict(); }); // Rasa 3 forgot the conversation (§8)
            else
                fail(error);
        });
}

void InteractiveSession::Private::askAction(const QString &predicted, const QString &policy,
                                            std::optional<double> confidence,
                                            const QList<ActionChoice> &predictions)
{
    ActionQuestion question;
    question.action = predicted;
    question.policy = policy;
    question.confidence = confidence;
    question.predictions = predictions;
    question.isUnlikelyIntent = predicted == kUnlikelyIntent;
    QStringList created = document->newActions();
    for (const Event &event : events()) {
        if (event.type() == EventType::Action && !event.name().isEmpty())
            created.append(event.name());
    }
    for (const QString &name : std::as_const(created)) {
        if (!predicts(predictions, name) && !question.sessionCreatedActions.contains(name))
            question.sessionCreatedActions.append(name);
    }
    question.sessionCreatedActions.sort();
    action = question;
    lastActionQuestion = question;
    lastActionQuestionAt = events().size();
    setState(State::ConfirmingAction);
    Q_EMIT q->actionQuestionAsked(question);
}

Status InteractiveSession::confirmAction()
{
    if (Status status = d->requireState({State::ConfirmingAction}); !status)
        return status;
    const ActionQuestion &question = *d->action;
    return d->choose({question.action, question.policy, question.confidence, false, false});
}

Status InteractiveSession::chooseAction(const QString &name)
{
    if (Status status = d->requireState({State::ConfirmingAction}); !status)
        return status;
    const ActionQuestion &question = *d->action;
    // Like Rasa, an action picked from the menu is sent without policy and
    // confidence, even when it is the predicted one.
    if (predicts(question.predictions, name))
        return d->choose({name, {}, std::nullopt, false, name != question.action});
    if (question.sessionCreatedActions.contains(name))
        return d->choose({name, {}, std::nullopt, true, true});
    return makeError(tr("'%1' is not an action of the domain or of this session; create it as a "
                        "new action.")
                         .arg(name));
}

Status InteractiveSession::createAction(const QString &name)
{
    if (Status status = d->requireState({State::ConfirmingAction}); !status)
        return status;
    if (!NluCorrection::isValidName(name))
        return makeError(tr("An action name cannot be empty or contain spaces or brackets."));
    if (name.startsWith("utter_"_L1))
        return makeError(tr("A response action needs its text: create it as a response."));
    if (predicts(d->action->predictions, name))
        return makeError(
            tr("The domain already has the action '%1'; choose it instead.").arg(name));
    d->document->addNewAction(name);
    return d->choose({name, {}, std::nullopt, true, true});
}

Status InteractiveSession::createResponse(const QString &utterName, const QString &text)
{
    if (!utterName.startsWith("utter_"_L1) || !NluCorrection::isValidName(utterName))
        return makeError(tr("A response name starts with 'utter_' and has no spaces or brackets."));
    if (text.trimmed().isEmpty())
        return makeError(tr("Please enter a response."));
    if (d->domain.response(utterName)) {
        d->warn(SessionWarning::Kind::ResponseNameClash,
                tr("The domain already has a response '%1'.").arg(utterName) + u' '
                    + responseClashRule(),
                utterName);
    }
    d->document->setNewResponse(utterName, QJsonArray{QJsonObject{{u"text"_s, text}}});
    if (d->state != State::ConfirmingAction)
        return {};
    const bool isNew = !predicts(d->action->predictions, utterName);
    if (isNew)
        d->document->addNewAction(utterName);
    return d->choose({utterName, {}, std::nullopt, isNew, true});
}

Status InteractiveSession::Private::choose(ChosenAction choice)
{
    if (Status status = requireServer(); !status)
        return status;
    chosen = std::move(choice);
    action.reset();
    checkForm();
    return {};
}

void InteractiveSession::Private::checkForm()
{
    const ActiveLoopState loop = hasTracker ? tracker.activeLoop : ActiveLoopState{};
    if (loop.isActive() && chosen.name != loop.name && chosen.name != kActionListen) {
        // The annotator ran something else while the form was active.
        Event rejected = Event::actionExecutionRejected(loop.name);
        rejected.setTimestamp(now());
        postEvents(
            tr("reject the form"), {rejected}, [this] { execute(); }, State::Executing);
        return;
    }
    if (loop.rejected && tracker.latestActionName == kActionListen && chosen.name == loop.name) {
        const QJsonValue requested = tracker.slot(u"requested_slot"_s);
        form = FormValidationQuestion{
            loop.name, requested.isString() ? requested.toString() : QString(), loop.isInterrupted};
        setState(State::ConfirmingFormValidation);
        Q_EMIT q->formValidationQuestionAsked(*form);
        return;
    }
    execute();
}

Status InteractiveSession::answerFormValidation(bool validate)
{
    if (Status status = d->requireState({State::ConfirmingFormValidation}); !status)
        return status;
    const FormValidationQuestion question = *d->form;
    d->form.reset();
    if (validate && !question.contradictsTraining) {
        d->execute();
        return {};
    }
    if (validate) {
        d->warn(SessionWarning::Kind::FormValidationContradiction,
                tr("FormPolicy predicted no form validation based on previous training stories. "
                   "Make sure to remove contradictory stories from training data. Otherwise "
                   "predicting no form validation will not work as expected."),
                question.action);
    }
    Event interrupted = Event::loopInterrupted(!validate);
    interrupted.setTimestamp(Private::now());
    d->postEvents(
        tr("record the form validation"), {interrupted}, [this] { d->execute(); },
        State::Executing);
    return {};
}

void InteractiveSession::Private::execute()
{
    setState(State::Executing);
    const Event actionEvent = Event::action(chosen.name, chosen.policy, chosen.confidence, now());
    const qsizetype firstNew = events().size();
    ExecuteRequest *request = client->execute(conversationId(), actionEvent, EventVerbosity::All);
    Step step(StepKind::Execute, tr("run the action '%1'").arg(chosen.name));
    step.action = actionEvent;
    track(request, step);
    Coach::then(
        request, q,
        [this, firstNew](const ExecuteRequest &answer) {
            if (!sync(answer.tracker())) {
                resume([this] { execute(); });
                return;
            }
            const int index = findAction(chosen.name, firstNew);
            if (index >= 0 || answer.tracker().events.isEmpty()) {
                afterAction(index);
                return;
            }
            // Rasa answers the tracker as it was before the action ran.
            resyncThen([this, firstNew] { afterAction(findAction(chosen.name, firstNew)); });
        },
        [this, actionEvent](const ApiError &error) { onExecuteFailed(error, actionEvent); });
}

void InteractiveSession::Private::onExecuteFailed(const ApiError &error, const Event &actionEvent)
{
    Q_UNUSED(actionEvent)
    if (chosen.isNew) {
        logNewAction(error);
        return;
    }
    if (error.isConversationNotFound()) {
        resume([this] { execute(); });
        return;
    }
    fail(error);
}

void InteractiveSession::Private::logNewAction(const ApiError &error)
{
    Q_UNUSED(error)
    inFlight.clear();
    const NewResponse *response = nullptr;
    for (const NewResponse &candidate : document->newResponses()) {
        if (candidate.name == chosen.name)
            response = &candidate;
    }
    if (response) {
        const QString text = response->variations.first().toObject().value("text"_L1).toString();
        warn(SessionWarning::Kind::NewResponseNotExecuted,
             tr("You have created a new action: '%1', with matching response: '%2'. This action "
                "will not return its message in this session, but the new response will be saved "
                "to your domain file when you export this session.")
                 .arg(chosen.name, text),
             chosen.name);
    } else {
        warn(SessionWarning::Kind::NewActionNotExecuted,
             tr("You have created a new action: '%1', which was not successfully executed. If "
                "this action does not return any events, you do not need to do anything. If this "
                "is a custom action which returns events, implement it in your action server and "
                "try again.")
                 .arg(chosen.name),
             chosen.name);
    }
    // Rasa logs the action without running it (spec §5.6 step 7).
    const qsizetype firstNew = events().size();
    postEvents(
        tr("log the new action '%1'").arg(chosen.name),
        {Event::action(chosen.name, {}, std::nullopt, now())},
        [this, firstNew] { afterAction(findAction(chosen.name, firstNew)); }, State::Executing);
}

int InteractiveSession::Private::findAction(const QString &name, qsizetype from) const
{
    const EventList &all = events();
    for (qsizetype i = from; i < all.size(); ++i) {
        if (all.at(i).type() == EventType::Action && all.at(i).name() == name)
            return int(i);
    }
    return -1;
}

void InteractiveSession::Private::afterAction(int actionEventIndex)
{
    if (chosen.corrected && actionEventIndex >= 0)
        document->setCorrected(conversation, actionEventIndex, true);
    const bool listens = chosen.name == kActionListen;
    chosen = ChosenAction{};
    if (!listens) {
        predict();
        return;
    }
    ++turns;
    setState(State::AwaitingUserMessage);
    offerButtons();
    if (maxMessages > 0 && turns >= maxMessages)
        Q_EMIT q->messageLimitReached(maxMessages);
}

} // namespace Coach
