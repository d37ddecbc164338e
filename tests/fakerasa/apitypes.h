#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Coach::FakeRasa {

//! The Rasa version the fake server pretends to be; 2.x and 3.x differ in
//! response shapes and rules (spec §8).
struct RasaVersion
{
    QString text;
    int major = 3;
    int minor = 6;
    int patch = 0;

    static RasaVersion fromString(const QString &version);
    bool isV2() const { return major < 3; }
    //! At least major.minor.
    bool atLeast(int wantedMajor, int wantedMinor) const
    {
        return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
    }
    //! `minimum_compatible_version` of GET /version (2.8.34 says 2.8.9,
    //! 3.6.21 its own version).
    QString minimumCompatible() const;
    //! 2.2 added the 404 for unknown conversations on /predict and /execute.
    bool requiresExistingConversation() const { return atLeast(2, 2); }
    //! 3.5 added `assistant_id` to event metadata.
    bool hasAssistantId() const { return atLeast(3, 5); }
    //! POST/PUT …/tracker/events check the events JSON schema (400
    //! BadRequest) from 2.8 on (Rasa PR #8730; 2.8.34 does).
    bool validatesEvents() const { return atLeast(2, 8); }
    //! Late 2.x (2.8.34) already has what 3.x has here: `utter_action` in
    //! bot event metadata and the `session_started_metadata` slot.
    bool hasLateTwoEightFeatures() const { return atLeast(2, 8); }
};

//! One HTTP request, decoupled from the transport so that the API can be
//! exercised without sockets.
struct ApiRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    //! Header value by case-insensitive name; empty if absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    //! Whether Sanic would answer its own errors in JSON (JSON request or accept).
    bool prefersJson() const;
};

//! One HTTP response as the API built it.
struct ApiReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;

    static ApiReply json(const QJsonValue &value, int status = 200);
    static ApiReply text(const QString &text, int status = 200,
                         const QByteArray &contentType = "text/plain; charset=utf-8");
    //! Rasa's ErrorResponse body (spec §2.2).
    static ApiReply rasaError(const RasaVersion &version, int status, const QString &reason,
                              const QString &message, const QJsonObject &details = {},
                              const QString &help = {});
    //! An error raised by Sanic itself (unknown route, wrong method, bad JSON):
    //! JSON for JSON requests, else a small HTML page.
    static ApiReply sanicError(int status, const QString &message, bool asJson);
    //! "An unexpected error occurred. Error: <text>", 500 ConversationError.
    static ApiReply conversationError(const RasaVersion &version, const QString &error);

    static QByteArray reasonPhrase(int status);
};

//! Where Rasa's messages point for help.
QString rasaDocsUrl(const QString &subPath);

} // namespace Coach::FakeRasa
