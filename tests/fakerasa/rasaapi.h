#pragma once

#include "apitypes.h"
#include "bot.h"
#include "botmodel.h"
#include "conversationapi.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Coach::FakeRasa {

//! Rasa's HTTP API without the transport: routing (Sanic's 404/405),
//! authentication (token, JWT scopes), the "agent loaded" check and the
//! endpoints that are not about one conversation.
class RasaApi
{
public:
    RasaApi();

    void setBot(const Bot &bot);
    bool hasBot() const { return m_bot.has_value(); }
    const BotModel *model() const { return m_model.get(); }
    void setVersion(const RasaVersion &version);
    const RasaVersion &version() const { return m_version; }
    void setAuthToken(const QString &token) { m_token = token; }
    void setJwtSecret(const QString &secret) { m_jwtSecret = secret.toUtf8(); }
    void setModelLoaded(bool loaded) { m_modelLoaded = loaded; }
    bool isModelLoaded() const { return m_modelLoaded; }

    ConversationApi &conversations() { return m_conversations; }
    const ConversationApi &conversations() const { return m_conversations; }

    ApiReply handle(const ApiRequest &request);
    //! The conversation id of a conversation route's path; empty otherwise.
    static QString conversationIdOf(const QString &path) { return route(path).conversation; }

private:
    enum class Access { Allowed, Unauthenticated, Forbidden };
    struct Route
    {
        QString name; //!< e.g. "tracker", "status"; empty if unknown
        QString conversation; //!< the id for conversation routes
        QStringList methods;
    };

    static Route route(const QString &path);
    Access authorize(const ApiRequest &request, const QString &conversationId) const;
    std::optional<ApiReply> guard(const ApiRequest &request, const Route &route) const;
    ApiReply dispatch(const ApiRequest &request, const Route &route);
    ApiReply status() const;
    ApiReply domain(const ApiRequest &request) const;
    ApiReply parse(const ApiRequest &request) const;
    //! PUT /model {"model_file": …}
    ApiReply loadModel(const ApiRequest &request);
    void rebuild();

    RasaVersion m_version;
    std::optional<Bot> m_bot;
    std::unique_ptr<BotModel> m_model;
    ConversationApi m_conversations;
    QString m_token;
    QByteArray m_jwtSecret;
    bool m_modelLoaded = true;
    QString m_loadedModel; //!< the file of the last PUT /model
};

} // namespace Coach::FakeRasa
