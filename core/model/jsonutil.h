#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Small readers for JSON that came from outside: every one tolerates a
// missing key or a value of the wrong type and returns an empty value.
namespace Coach::Json {

QString string(const QJsonObject &object, QLatin1StringView key);
std::optional<double> number(const QJsonObject &object, QLatin1StringView key);
std::optional<int> integer(const QJsonObject &object, QLatin1StringView key);
bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback = false);
QJsonObject object(const QJsonObject &object, QLatin1StringView key);
QJsonArray array(const QJsonObject &object, QLatin1StringView key);
QStringList stringList(const QJsonValue &value);

//! A JSON value in a compact one-line form, the way Rasa's history shows it
//! (strings without quotes).
QString displayText(const QJsonValue &value);

//! Python json.dumps() text of a value: ", " and ": " separators, keys in
//! the given order for objects; ensureAscii escapes non-ASCII as \uXXXX.
QString pythonDumps(const QJsonValue &value, bool ensureAscii = true, bool sortKeys = false);

//! Quote a string as a JSON string literal the way Python's json.dumps does.
QString pythonQuote(const QString &text, bool ensureAscii = true);

//! Python repr of a float as json.dumps prints it (4.0, 0.5, 1e-05).
QString pythonFloat(double value);

//! Python's truthiness of a JSON value: false, 0, "", [], {} and null are
//! false.
bool pythonTruthy(const QJsonValue &value);

} // namespace Coach::Json
