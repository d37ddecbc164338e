#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace Coach::FakeRasa {

//! Compact JSON Web Tokens signed with HMAC-SHA256, as Rasa's `--jwt-secret`
//! (sanic-jwt, HS256) accepts them.
namespace Jwt {

QByteArray sign(const QJsonObject &payload, const QByteArray &secret);

//! The payload of a token with a valid HS256 signature that has not expired
//! (`exp`) and is already valid (`nbf`); nullopt otherwise.
std::optional<QJsonObject> verify(const QByteArray &token, const QByteArray &secret);

} // namespace Jwt

} // namespace Coach::FakeRasa
