#include "rasaapi.h"

#include "domaindump.h"
#include "jwt.h"
#include "requestparsing.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

const QString kSecurityHelp = u"/user-guide/configuring-http-api/#security-considerations"_s;

struct ConversationRoute
{
    QLatin1StringView suffix;
    QLatin1StringView name;
    QStringList methods;
};

const QList<ConversationRoute> &conversationRoutes()
{
    static const QList<ConversationRoute> routes{
        {"/tracker/events"_L1, "events"_L1, {u"POST"_s, u"PUT"_s}},
        {"/tracker"_L1, "tracker"_L1, {u"GET"_s}},
        {"/messages"_L1, "messages"_L1, {u"POST"_s}},
        {"/predict"_L1, "predict"_L1, {u"POST"_s}},
        {"/execute"_L1, "execute"_L1, {u"POST"_s}},
    };
    return routes;
}

} // namespace

RasaApi::RasaApi() : m_version(RasaVersion::fromString(u"3.6.2"_s))
{ }

void RasaApi::setBot(const Bot &bot)
{
    m_bot = bot;
    rebuild();
}

void RasaApi::setVersion(const RasaVersion &version)
{
    m_version = version;
    rebuild();
}

void RasaApi::rebuild()
{
    m_conversations.setModel(nullptr);
    m_model.reset();
    if (m_bot)
        m_model = std::make_unique<BotModel>(*m_bot, m_version);
    m_conversations.setModel(m_model.get());
}

RasaApi::Route RasaApi::route(const QString &rawPath)
{
    QString path = rawPath;
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    static const QHash<QString, QString> plain{
        {u"/"_s, u"root"_s},         {u"/version"_s, u"version"_s},   {u"/status"_s, u"status"_s},
        {u"/domain"_s, u"domain"_s}, {u"/model/parse"_s, u"parse"_s}, {u"/model"_s, u"model"_s}};
    if (plain.contains(path)) {
        const QString name = plain.value(path);
        const QString method = name == "parse"_L1 ? u"POST"_s
            : name == "model"_L1                  ? u"PUT"_s
                                                  : u"GET"_s;
        return {name, {}, {method}};
    }
    constexpr auto prefix = "/conversations/"_L1;
    if (!path.startsWith(prefix))
        return {};
    for (const ConversationRoute &candidate : conversationRoutes()) {
        if (!path.endsWith(candidate.suffix))
            continue;
        const QString id =
            path.mid(prefix.size(), path.size() - prefix.size() - candidate.suffix.size());
        if (!id.isEmpty() && !id.startsWith(QLatin1Char('/')))
            return {candidate.name, id, candidate.methods};
    }
    return {};
}

RasaApi::Access RasaApi::authorize(const ApiRequest &request, const QString &conversationId) const
{
    const bool tokenAuth = !m_token.isEmpty();
    const bool jwtAuth = !m_jwtSecret.isEmpty();
    if (tokenAuth && request.query.hasQueryItem(u"token"_s)
        && request.query.queryItemValue(u"token"_s, QUrl::FullyDecoded) == m_token) {
        return Access::Allowed;
    }
    if (jwtAuth) {
        const QByteArray header = request.header("Authorization").trimmed();
        const auto payload =
            header.startsWith("Bearer ") ? Jwt::verify(header.mid(7), m_jwtSecret) : std::nullopt;
        if (payload) {
            const QJsonObject user = payload->value("user"_L1).toObject();
            const QString role = user.value("role"_L1).toString();
            if (role == "admin"_L1)
                return Access::Allowed;
            if (role == "user"_L1 && !conversationId.isEmpty()
                && user.value("username"_L1).toString() == conversationId) {
                return Access::Allowed;
            }
            return Access::Forbidden;
        }
    }
    if (!tokenAuth && !jwtAuth)
        return Access::Allowed;
    return Access::Unauthenticated;
}

std::optional<ApiReply> RasaApi::guard(const ApiRequest &request, const Route &route) const
{
    switch (authorize(request, route.conversation)) {
    case Access::Unauthenticated:
        return ApiReply::rasaError(m_version, 401, u"NotAuthenticated"_s,
                                   u"User is not authenticated."_s, {}, rasaDocsUrl(kSecurityHelp));
    case Access::Forbidden:
        return ApiReply::rasaError(m_version, 403, u"NotAuthorized"_s,
                                   u"User has insufficient permissions."_s, {},
                                   rasaDocsUrl(kSecurityHelp));
    case Access::Allowed:
        break;
    }
    if (!m_modelLoaded || !m_model) {
        return ApiReply::rasaError(m_version, 409, u"Conflict"_s,
                                   u"No agent loaded. To continue processing, a model of a "
                                   "trained agent needs to be loaded."_s,
                                   {}, rasaDocsUrl(u"/user-guide/configuring-http-api/"_s));
    }
    return std::nullopt;
}

ApiReply RasaApi::handle(const ApiRequest &request)
{
    const Route found = route(request.path);
    if (found.name.isEmpty()) {
        return ApiReply::sanicError(404, u"Requested URL %1 not found"_s.arg(request.path),
                                    request.prefersJson());
    }
    if (!found.methods.contains(request.method)) {
        return ApiReply::sanicError(
            405, u"Method %1 not allowed for URL %2"_s.arg(request.method, request.path),
            request.prefersJson());
    }
    if (found.name == "root"_L1)
        return ApiReply::text(u"Hello from Rasa: "_s + m_version.text);
    if (found.name == "version"_L1) {
        QJsonObject body;
        body.insert("version"_L1, m_version.text);
        body.insert("minimum_compatible_version"_L1, m_version.minimumCompatible());
        return ApiReply::json(body);
    }
    if (auto refused = guard(request, found))
        return *refused;
    return dispatch(request, found);
}

ApiReply RasaApi::dispatch(const ApiRequest &request, const Route &route)
{
    const QString &id = route.conversation;
    if (route.name == "status"_L1)
        return status();
    if (route.name == "domain"_L1)
        return domain(request);
    if (route.name == "parse"_L1)
        return parse(request);
    if (route.name == "model"_L1)
        return loadModel(request);
    if (route.name == "tracker"_L1)
        return m_conversations.tracker(id, request);
    if (route.name == "messages"_L1)
        return m_conversations.postMessage(id, request);
    if (route.name == "predict"_L1)
        return m_conversations.predict(id, request);
    if (route.name == "execute"_L1)
        return m_conversations.execute(id, request);
    if (request.method == "PUT"_L1)
        return m_conversations.replaceEvents(id, request);
    return m_conversations.appendEvents(id, request);
}

ApiReply RasaApi::status() const
{
    QJsonObject body;
    body.insert("model_file"_L1, m_loadedModel.isEmpty() ? m_model->modelFile() : m_loadedModel);
    if (m_version.isV2()) {
        const QString hash = m_model->modelId();
        QJsonObject fingerprint;
        for (const char *key : {"config", "config-without-epochs", "core-config", "nlu-config",
                                "domain", "messages", "stories", "nlg", "nlu_labels"}) {
            fingerprint.insert(QLatin1StringView(key), hash);
        }
        fingerprint.insert("project"_L1, QJsonValue()); // 2.8.34: null
        fingerprint.insert("trained_at"_L1, 1704067200.0);
        fingerprint.insert("version"_L1, m_version.text);
        body.insert("fingerprint"_L1, fingerprint);
    } else {
        body.insert("model_id"_L1, m_model->modelId());
    }
    body.insert("num_active_training_jobs"_L1, 0);
    return ApiReply::json(body);
}

ApiReply RasaApi::domain(const ApiRequest &request) const
{
    const QByteArray accept = request.hasHeader("Accept") ? request.header("Accept").trimmed()
                                                          : QByteArray("application/json");
    const QJsonObject json = DomainDump::json(m_model->bot(), m_version);
    if (accept.endsWith("json"))
        return ApiReply::json(json);
    if (accept.endsWith("yml") || accept.endsWith("yaml")) {
        ApiReply reply;
        reply.contentType = "application/x-yaml";
        reply.body = DomainDump::yaml(json);
        return reply;
    }
    return ApiReply::rasaError(m_version, 406, u"NotAcceptable"_s,
                               u"Invalid Accept header. Domain can be provided as json (\"Accept: "
                               "application/json\") or yml (\"Accept: application/x-yaml\"). Make "
                               "sure you've set the appropriate Accept header."_s);
}

ApiReply RasaApi::parse(const ApiRequest &request) const
{
    const JsonBody body = JsonBody::parse(request.body);
    if (body.empty) {
        return ApiReply::rasaError(m_version, 400, u"BadRequest"_s,
                                   u"No text message defined in request_body. Add text message "
                                   "to request body in order to obtain the intent and extracted "
                                   "entities."_s);
    }
    if (!body.valid)
        return badJsonReply(request);
    const QJsonValue text = body.value.toObject().value("text"_L1);
    return ApiReply::json(m_model->parse(text.toString()));
}

ApiReply RasaApi::loadModel(const ApiRequest &request)
{
    const JsonBody body = JsonBody::parse(request.body);
    if (body.empty) {
        return ApiReply::rasaError(m_version, 400, u"BadRequest"_s,
                                   u"No path to model file defined in request_body."_s);
    }
    if (!body.valid)
        return badJsonReply(request);
    // A gzip file is taken for a model; the bot stays the same. What Rasa
    // does besides loading: a new agent with a new (in-memory) tracker
    // store, and /status names the file (2.x the path as given, 3.x the
    // file name).
    const QString file = body.value.toObject().value("model_file"_L1).toString();
    QFile archive(file);
    if (!archive.open(QIODevice::ReadOnly) || !archive.read(2).startsWith("\x1f\x8b")) {
        // What _load_agent answers when loading raises (the text differs).
        return ApiReply::rasaError(
            m_version, 500, u"LoadingError"_s,
            u"An unexpected error occurred. Error: cannot read %1"_s.arg(file));
    }
    m_loadedModel = m_version.isV2() ? file : QFileInfo(file).fileName();
    m_conversations.store().clear();
    return ApiReply::text({}, 204, "application/json");
}

} // namespace Coach::FakeRasa
