#include "nludata.h"

#include "annotation.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString stripped(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    const auto isStripped = [](QChar ch) { return ch == u' ' || ch == u'\n' || ch == u'\r'; };
    while (begin < end && isStripped(text.at(begin)))
        ++begin;
    while (end > begin && isStripped(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

//! The training example of a user event (spec §6.6 step 1).
TrainingExample exampleOf(const Event &event)
{
    const QJsonObject json = event.toJson();
    const QJsonObject parseData = json.value("parse_data"_L1).toObject();
    const QJsonObject intent = parseData.value("intent"_L1).toObject();
    const QJsonValue text = parseData.value("text"_L1);
    TrainingExample example;
    example.text = text.isString() ? text.toString() : json.value("text"_L1).toString();
    example.intent = intent.value("full_retrieval_intent_name"_L1).toString();
    if (example.intent.isEmpty())
        example.intent = intent.value("name"_L1).toString();
    const QJsonArray entities = parseData.value("entities"_L1).toArray();
    for (const QJsonValue &entity : entities) {
        const QJsonObject object = entity.toObject();
        if (!object.isEmpty() && !NluData::isPretrainedExtractor(object.value("extractor"_L1).toString()))
            example.entities.append(Entity(object));
    }
    return example;
}

} // namespace

Result<TrainingExample> TrainingExample::fromAnnotated(const QString &annotated, const QString &intent)
{
    Result<AnnotatedText> parsed = Annotation::parse(annotated);
    if (!parsed)
        return parsed.error();
    return TrainingExample(parsed->plainText, intent, parsed->entities);
}

QString TrainingExample::annotatedText() const
{
    if (annotatedCache.isNull())
        annotatedCache = stripped(Annotation::render(text, entities));
    return annotatedCache;
}

QString TrainingExample::key() const
{
    return intent.trimmed() + u'\x1f' + annotatedText();
}

bool NluData::isEmpty() const
{
    return examples.isEmpty() && synonyms.isEmpty() && regexes.isEmpty() && lookups.isEmpty()
        && responses.isEmpty();
}

QStringList NluData::intentOrder() const
{
    QStringList order;
    QSet<QString> seen;
    for (const TrainingExample &example : examples) {
        if (!example.intent.isEmpty() && !seen.contains(example.intent)) {
            seen.insert(example.intent);
            order.append(example.intent);
        }
    }
    return order;
}

bool NluData::isPretrainedExtractor(const QString &extractor)
{
    return extractor == "DucklingEntityExtractor"_L1 || extractor == "DucklingHTTPExtractor"_L1
        || extractor == "SpacyEntityExtractor"_L1 || extractor == "MitieEntityExtractor"_L1;
}

QList<TrainingExample> NluData::collect(const EventList &events)
{
    QList<TrainingExample> collected;
    for (const Event &event : events) {
        if (event.type() == EventType::Rewind) {
            if (!collected.isEmpty())
                collected.removeLast();
            continue;
        }
        if (event.type() != EventType::User)
            continue;
        TrainingExample example = exampleOf(event);
        collected.append(std::move(example));
    }
    QList<TrainingExample> kept;
    QSet<QString> seen;
    for (TrainingExample &example : collected) {
        if (example.text.startsWith(u'/') || example.intent.isEmpty())
            continue;
        const QString key = example.key();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        kept.append(std::move(example));
    }
    return kept;
}

} // namespace Coach
