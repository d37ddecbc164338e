#include "conversationapi.h"

#include "eventcodec.h"
#include "responserenderer.h"
#include "slotfilling.h"

#include "model/jsonutil.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

QJsonObject bodyDetails(const QString &parameter)
{
    QJsonObject details;
    details.insert("parameter"_L1, parameter);
    details.insert("in"_L1, u"body"_s);
    return details;
}

} // namespace

void ConversationApi::setModel(const BotModel *model)
{
    m_model = model;
    m_store.setModel(model);
}

std::optional<ApiReply> ConversationApi::missingConversation(const QString &id) const
{
    if (!version().requiresExistingConversation() || m_store.contains(id))
        return std::nullopt;
    return ApiReply::rasaError(version(), 404, u"Not found"_s, u"Conversation ID not found."_s);
}

ApiReply ConversationApi::trackerReply(const Tracker &tracker, EventVerbosity verbosity) const
{
    return ApiReply::json(tracker.toJson(verbosity));
}

ApiReply ConversationApi::tracker(const QString &id, const ApiRequest &request)
{
    ApiReply error;
    const auto verbosity = verbosityParameter(request, version(), &error);
    if (!verbosity)
        return error;
    Tracker tracker = m_store.withInitialSession(id);
    if (const auto until = floatParameter(request, u"until"_s)) {
        Tracker past = m_model->emptyTracker(id);
        for (const Event &event : tracker.events()) {
            if (event.timestamp().value_or(0.0) > *until)
                break;
            past.update(event);
        }
        tracker = past;
    }
    return trackerReply(tracker, *verbosity);
}

std::optional<QJsonObject> ConversationApi::messageParseData(const QJsonObject &body,
                                                             ApiReply *error) const
{
    const QJsonValue given = body.value("parse_data"_L1);
    if (given.isObject() && !given.toObject().isEmpty())
        return given.toObject();
    const QJsonValue text = body.value("text"_L1);
    if (text.isNull() || text.isUndefined()) { // Rasa fails inside its NLU (2.8.34, 3.6.21)
        *error = ApiReply::conversationError(
            version(),
            version().isV2()
                ? u"'NoneType' object has no attribute 'startswith'"_s
                : u"Error running graph component for node run_RegexMessageHandler."_s);
        return std::nullopt;
    }
    if (!text.isString()) {
        *error = ApiReply::conversationError(
            version(),
            u"'%1' object has no attribute 'strip'"_s.arg(
                text.isDouble() ? u"float"_s : (text.isBool() ? u"bool"_s : u"dict"_s)));
        return std::nullopt;
    }
    return m_model->parse(text.toString());
}

void ConversationApi::logUserMessage(Tracker &tracker, const QJsonValue &text, QJsonObject parse)
{
    const QString messageId = QUuid::createUuid().toString(QUuid::Id128);
    if (!parse.contains("text"_L1))
        parse.insert("text"_L1, text.isString() ? text : QJsonValue());
    parse.insert("message_id"_L1, messageId);
    parse.insert("metadata"_L1, QJsonObject());
    QJsonObject user;
    user.insert("event"_L1, u"user"_s);
    user.insert("text"_L1, text.isString() ? text : QJsonValue());
    user.insert("parse_data"_L1, parse);
    user.insert("input_channel"_L1, QJsonValue());
    user.insert("message_id"_L1, messageId);
    user.insert("metadata"_L1, QJsonObject());
    const Event event = Event::fromJson(user).value();
    m_store.append(tracker, event);
    const EventList slotEvents = version().isV2()
        ? SlotFilling::autoFill(m_model->domain(), event.parseData())
        : SlotFilling::extractSlots(m_model->domain(), tracker);
    for (const Event &slot : slotEvents)
        m_store.append(tracker, slot);
}

ApiReply ConversationApi::postMessage(const QString &id, const ApiRequest &request)
{
    const JsonBody body = JsonBody::parse(request.body);
    if (body.empty) {
        return ApiReply::rasaError(version(), 400, u"BadRequest"_s,
                                   u"No message defined in request body. Add a message to the "
                                   "request body in order to add it to the tracker."_s);
    }
    if (!body.valid)
        return badJsonReply(request);
    if (!body.value.isObject())
        return internalErrorReply(request);
    const QJsonObject message = body.value.toObject();
    ApiReply error;
    const auto verbosity = verbosityParameter(request, version(), &error);
    if (!verbosity)
        return error;
    const QJsonValue sender = message.value("sender"_L1);
    if (sender != QJsonValue(u"user"_s)) {
        const QString name = sender.isString() ? sender.toString() : EventCodec::describe(sender);
        return ApiReply::rasaError(
            version(), 400, u"BadRequest"_s,
            u"Currently, only user messages can be passed to this "
            "endpoint. Messages of sender '%1' cannot be handled."_s.arg(name),
            QJsonObject{{u"parameter"_s, u"sender"_s}, {u"in"_s, u"body"_s}});
    }
    const auto parse = messageParseData(message, &error);
    if (!parse)
        return error;
    Tracker tracker = m_store.withSessionUpdate(id);
    if (!version().isV2()) {
        // 3.x loads only the last session (from its action_session_start) for
        // a message and saves that tracker back: after a fork the stories
        // before the restart are gone from the server, and even
        // include_events=ALL answers without them (3.6.21).
        const EventList all = tracker.events();
        qsizetype start = all.size() - 1;
        while (start > 0 && all.at(start).type() != EventType::SessionStarted)
            --start;
        if (start > 0 && all.at(start - 1).name() == "action_session_start"_L1)
            --start;
        if (start > 0)
            tracker = Tracker::fromEvents(id, all.mid(start), m_model->slotDefaults());
    }
    logUserMessage(tracker, message.value("text"_L1), *parse);
    m_store.save(tracker);
    return trackerReply(tracker, *verbosity);
}

ApiReply ConversationApi::predict(const QString &id, const ApiRequest &)
{
    if (auto missing = missingConversation(id))
        return *missing;
    Tracker tracker = m_store.withSessionUpdate(id);
    m_store.save(tracker);
    const Prediction prediction = m_model->predict(tracker);
    QJsonArray scores;
    for (const auto &[action, score] : prediction.scores)
        scores.append(QJsonObject{{u"action"_s, action}, {u"score"_s, score}});
    QJsonObject body;
    body.insert("scores"_L1, scores);
    body.insert("policy"_L1, m_model->bot().config.policyName(prediction.policy, version().isV2()));
    body.insert("confidence"_L1, prediction.confidence);
    body.insert("tracker"_L1, tracker.toJson(EventVerbosity::AfterRestart));
    return ApiReply::json(body);
}

QJsonArray ConversationApi::runAction(Tracker &tracker, const QString &name,
                                      const QJsonObject &body, ApiReply *error)
{
    const ActionOutcome outcome = m_model->run(name, tracker);
    if (outcome.kind == ActionOutcome::Kind::Unknown) {
        *error = ApiReply::conversationError(version(), outcome.error);
        return {};
    }
    const QJsonValue policy =
        body.value("policy"_L1).isString() ? body.value("policy"_L1) : QJsonValue();
    const double confidence = body.value("confidence"_L1).toDouble(0.0);
    if (outcome.kind == ActionOutcome::Kind::Rejected) {
        QJsonObject rejected = Event::actionExecutionRejected(name).toJson();
        rejected.insert("policy"_L1, policy);
        rejected.insert("confidence"_L1, confidence);
        m_store.append(tracker, Event::fromJson(rejected).value());
        return {};
    }
    m_store.append(tracker, ConversationStore::actionEvent(name, policy, confidence));
    QJsonArray messages;
    for (const Event &event : outcome.events) {
        if (event.type() == EventType::Action) {
            const QJsonObject json = event.toJson();
            m_store.append(tracker,
                           ConversationStore::actionEvent(event.name(), json.value("policy"_L1),
                                                          json.value("confidence"_L1)));
        } else {
            m_store.append(tracker, event);
        }
        if (event.type() == EventType::Bot) {
            for (const QJsonValue &message :
                 ResponseRenderer::channelMessages(event, tracker.senderId()))
                messages.append(message);
        }
    }
    return messages;
}

ApiReply ConversationApi::execute(const QString &id, const ApiRequest &request)
{
    if (auto missing = missingConversation(id))
        return *missing;
    const JsonBody body = JsonBody::parse(request.body);
    if (!body.valid)
        return badJsonReply(request);
    if (!body.value.isObject())
        return internalErrorReply(request);
    const QJsonObject action = body.value.toObject();
    const QJsonValue name = action.value("name"_L1);
    const bool falsy = name.isNull() || name.isUndefined()
        || (name.isString() && name.toString().isEmpty()) || (name.isBool() && !name.toBool())
        || (name.isDouble() && name.toDouble() == 0.0);
    if (falsy) {
        return ApiReply::rasaError(version(), 400, u"BadRequest"_s,
                                   u"Name of the action not provided in request body."_s,
                                   bodyDetails(u"name"_s));
    }
    ApiReply error;
    const auto verbosity = verbosityParameter(request, version(), &error);
    if (!verbosity)
        return error;
    Tracker tracker = m_store.withSessionUpdate(id);
    const QJsonObject before = tracker.toJson(*verbosity);
    const QString actionName = name.isString() ? name.toString() : EventCodec::describe(name);
    const QJsonArray messages = runAction(tracker, actionName, action, &error);
    if (error.status >= 400)
        return error;
    m_store.save(tracker);
    return ApiReply::json(QJsonObject{{u"tracker"_s, before}, {u"messages"_s, messages}});
}

bool ConversationApi::beginsWithSessionStart(const EventList &events)
{
    return events.size() >= 2 && events.at(0).isAction(u"action_session_start"_s)
        && events.at(1).type() == EventType::SessionStarted;
}

Result<EventList> ConversationApi::postedEvents(const QJsonValue &body) const
{
    const QJsonArray items = body.isArray() ? body.toArray() : QJsonArray{body};
    EventList events;
    for (const QJsonValue &item : items) {
        Result<std::optional<Event>> event = EventCodec::fromParameters(item);
        if (!event)
            return event.error();
        if (event.value())
            events.append(*event.value());
    }
    return events;
}

std::optional<ApiReply> ConversationApi::invalidEvents(const ApiRequest &request,
                                                       const JsonBody &body) const
{
    if (!body.valid)
        return badJsonReply(request);
    const QJsonArray items = body.value.isArray() ? body.value.toArray() : QJsonArray{body.value};
    for (const QJsonValue &item : items) {
        const QString problem = EventCodec::schemaError(item);
        if (!problem.isEmpty()) {
            return ApiReply::rasaError(
                version(), 400, u"BadRequest"_s,
                u"Failed to validate the events format. For more "
                "information about the format visit the docs. Error: %1"_s.arg(problem),
                {}, rasaDocsUrl(u"/pages/http-api"_s));
        }
    }
    return std::nullopt;
}

Result<ConversationApi::PostedEvents, ApiReply>
ConversationApi::readEvents(const ApiRequest &request, const QString &emptyMessage,
                            bool requireArray) const
{
    const JsonBody body = JsonBody::parse(request.body);
    if (version().isV2() && body.empty)
        return ApiReply::rasaError(version(), 400, u"BadRequest"_s, emptyMessage);
    if (version().validatesEvents()) {
        if (auto invalid = invalidEvents(request, body))
            return *invalid;
    }
    ApiReply error;
    const auto verbosity = verbosityParameter(request, version(), &error);
    if (!verbosity)
        return error;
    // From here on Rasa is inside its try block: problems become 500s.
    if (!body.valid)
        return ApiReply::conversationError(version(), u"Failed when parsing body as json"_s);
    if (requireArray && !body.value.isArray())
        return ApiReply::conversationError(version(), u"'str' object has no attribute 'get'"_s);
    Result<EventList> events = postedEvents(body.value);
    if (!events)
        return ApiReply::conversationError(version(), events.error().message);
    return PostedEvents{events.value(), *verbosity};
}

ApiReply ConversationApi::appendEvents(const QString &id, const ApiRequest &request)
{
    const auto posted = readEvents(request,
                                   u"You must provide events in the request body in order to "
                                   "append themto the state of a conversation."_s,
                                   false);
    if (!posted)
        return posted.error();
    const EventList &events = posted->events;
    if (events.isEmpty()) // Rasa's 400 is raised inside its try block and becomes a 500
        return ApiReply::conversationError(version(), QString());
    Tracker tracker =
        beginsWithSessionStart(events) ? m_store.stored(id) : m_store.withInitialSession(id);
    for (const Event &event : events) {
        m_store.append(tracker, event);
        if (version().isV2() && event.type() == EventType::User) {
            for (const Event &slot : SlotFilling::autoFill(m_model->domain(), event.parseData()))
                m_store.append(tracker, slot);
        }
    }
    m_store.save(tracker);
    return trackerReply(tracker, posted->verbosity);
}

ApiReply ConversationApi::replaceEvents(const QString &id, const ApiRequest &request)
{
    const auto posted = readEvents(request,
                                   u"You must provide events in the request body to set the sate "
                                   "of the conversation tracker."_s,
                                   true);
    if (!posted)
        return posted.error();
    Tracker tracker = m_model->emptyTracker(id);
    for (const Event &event : posted->events)
        m_store.append(tracker, event, false);
    m_store.save(tracker);
    return trackerReply(tracker, posted->verbosity);
}

} // namespace Coach::FakeRasa
