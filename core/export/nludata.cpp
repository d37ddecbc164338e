#include "nludata.h"

#include "model/annotation.h"

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
    TrainingExample example;
    example.text = event.parsedText().value_or(event.text());
    example.intent = event.userIntent();
    const QList<Entity> entities = event.userEntities();
    example.entities.reserve(entities.size());
    for (const Entity &entity : entities) {
        if (!entity.toJson().isEmpty() && !NluData::isPretrainedExtractor(entity.extractor()))
            example.entities.append(entity);
    }
    return example;
}

} // namespace

Result<TrainingExample> TrainingExample::fromAnnotated(const QString &annotated,
                                                       const QString &intent)
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
