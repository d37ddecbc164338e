#include "nludata.h"

#include "annotation.h"

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

} // namespace

QString TrainingExample::annotatedText() const
{
    return stripped(Annotation::render(text, entities));
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
        const ParseData parseData = event.parseData();
        TrainingExample example;
        example.text = parseData.toJson().value("text"_L1).isString() ? parseData.text() : event.text();
        example.intent = parseData.fullIntentName();
        const QList<Entity> entities = parseData.entities();
        for (const Entity &entity : entities) {
            if (!isPretrainedExtractor(entity.extractor()))
                example.entities.append(entity);
        }
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
