#include "jwt.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa::Jwt {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray signature(const QByteArray &signingInput, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256)
        .toBase64(kBase64Url);
}

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(part, kBase64Url);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QByteArray sign(const QJsonObject &payload, const QByteArray &secret)
{
    const QJsonObject header{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
    const QByteArray input =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.'
        + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    return input + '.' + signature(input, secret);
}

std::optional<QJsonObject> verify(const QByteArray &token, const QByteArray &secret)
{
    const QList<QByteArray> parts = token.trimmed().split('.');
    if (parts.size() != 3 || secret.isEmpty())
        return std::nullopt;
    const auto header = decodePart(parts.at(0));
    const auto payload = decodePart(parts.at(1));
    if (!header || !payload || header->value("alg"_L1).toString() != "HS256"_L1)
        return std::nullopt;
    if (!sameBytes(signature(parts.at(0) + '.' + parts.at(1), secret), parts.at(2)))
        return std::nullopt;
    const double now = double(QDateTime::currentSecsSinceEpoch());
    if (payload->contains("exp"_L1) && payload->value("exp"_L1).toDouble() <= now)
        return std::nullopt;
    if (payload->contains("nbf"_L1) && payload->value("nbf"_L1).toDouble() > now)
        return std::nullopt;
    return payload;
}

} // namespace Coach::FakeRasa::Jwt
