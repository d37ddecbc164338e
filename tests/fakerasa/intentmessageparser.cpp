#include "intentmessageparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

double confidenceOf(const QString &suffix)
{
    if (suffix.isEmpty())
        return 1.0;
    bool ok = false;
    const double value = suffix.mid(1).toDouble(&ok); // skip the '@'
    return ok ? value : 0.0;
}

QJsonArray entitiesOf(const QRegularExpressionMatch &match)
{
    const QString json = match.captured(3);
    if (json.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const int start = int(match.capturedStart(3));
    const int end = int(match.capturedEnd(3));
    QJsonArray entities;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray values =
            it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &value : values) {
            QJsonObject entity;
            entity.insert("entity"_L1, it.key());
            entity.insert("start"_L1, start);
            entity.insert("end"_L1, end);
            entity.insert("value"_L1, value);
            entities.append(entity);
        }
    }
    return entities;
}

//! 3.x's RegexMessageHandler: only entity types of the domain, each marked
//! with the handler as its extractor (seen on 3.6.21).
QJsonArray declaredEntities(const QJsonArray &entities, const Domain &domain)
{
    const QStringList declared = domain.entityNames();
    QJsonArray kept;
    for (const QJsonValue &value : entities) {
        QJsonObject entity = value.toObject();
        if (!declared.contains(entity.value("entity"_L1).toString()))
            continue;
        entity.insert("extractor"_L1, u"RegexMessageHandler"_s);
        kept.append(entity);
    }
    return kept;
}

QJsonObject parseData(const QString &text, const QJsonValue &intentName, double confidence,
                      const QJsonArray &entities)
{
    QJsonObject intent;
    intent.insert("name"_L1, intentName);
    intent.insert("confidence"_L1, confidence);
    QJsonObject parse;
    parse.insert("text"_L1, text);
    parse.insert("intent"_L1, intent);
    parse.insert("intent_ranking"_L1, QJsonArray{intent});
    parse.insert("entities"_L1, entities);
    return parse;
}

} // namespace

std::optional<QJsonObject>
IntentMessageParser::parse(const QString &text, const RasaVersion &version, const Domain &domain)
{
    static const QRegularExpression pattern(u"^/?([^{@]+)(@[0-9.]+)?(\\{.+)?"_s);
    if (version.isV2()) {
        if (!text.startsWith(QLatin1Char('/')))
            return std::nullopt;
        const QRegularExpressionMatch match = pattern.match(text);
        if (!match.hasMatch())
            return parseData(text, QJsonValue(), 0.0, {});
        return parseData(text, match.captured(1).trimmed(), confidenceOf(match.captured(2)),
                         entitiesOf(match));
    }
    const QString stripped = text.trimmed();
    if (!stripped.startsWith(QLatin1Char('/')))
        return std::nullopt;
    const QRegularExpressionMatch match = pattern.match(stripped);
    if (!match.hasMatch())
        return std::nullopt;
    const QString intent = match.captured(1).trimmed();
    if (!domain.hasIntent(intent) && !Domain::defaultIntentNames().contains(intent))
        return std::nullopt;
    return parseData(text, intent, confidenceOf(match.captured(2)),
                     declaredEntities(entitiesOf(match), domain));
}

} // namespace Coach::FakeRasa
