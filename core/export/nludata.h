#pragma once

#include "result.h"

#include "model/event.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coach {

//! One NLU training example: plain text, intent (`faq/ask_name` for
//! retrieval intents) and entities with spans in code points.
struct TrainingExample
{
    TrainingExample(QString text = {}, QString intent = {}, QList<Entity> entities = {},
                    QJsonObject metadata = {})
        : text(std::move(text))
        , intent(std::move(intent))
        , entities(std::move(entities))
        , metadata(std::move(metadata))
    { }

    QString text;
    QString intent;
    QList<Entity> entities;
    QJsonObject metadata;

    //! An example from an annotated line (`I live in [Berlin](city)`);
    //! fails on markup Rasa would refuse.
    static Result<TrainingExample> fromAnnotated(const QString &annotated, const QString &intent);

    //! The text with entity markup, stripped of surrounding spaces and line
    //! breaks as Rasa's writers strip it. Computed on first use and kept:
    //! set text and entities before asking.
    QString annotatedText() const;
    //! What makes two examples the same for merging (spec §9 #17): intent
    //! and annotated text, not extraction details such as confidences.
    QString key() const;

    mutable QString annotatedCache; //!< filled by annotatedText()
};

struct EntitySynonym
{
    QString value;
    QStringList synonyms;
};

struct RegexFeature
{
    QString name;
    QStringList patterns;
};

struct LookupTable
{
    QString name;
    QStringList elements;
    QString file; //!< a lookup table given as a file path instead of elements
};

//! The NLU training data of one file (YAML, legacy Markdown or Rasa JSON).
class NluData
{
public:
    QList<TrainingExample> examples;
    QList<EntitySynonym> synonyms;
    QList<RegexFeature> regexes;
    QList<LookupTable> lookups;
    QHash<QString, QJsonObject> intentMetadata;
    QJsonObject responses; //!< retrieval-intent responses of a YAML or JSON file
    QJsonObject extraJson; //!< keys of a Rasa JSON file this class does not know

    bool isEmpty() const;
    //! Intents in the order they first appear.
    QStringList intentOrder() const;

    //! The examples an interactive session adds (spec §6.6 steps 1–2), over
    //! all events in order: a user event's parse_data gives text (the
    //! parse_data text wins over the event text), intent and entities
    //! (entities of pretrained extractors — Duckling, spaCy — dropped); a
    //! `rewind` removes the latest collected example; texts starting with
    //! `/` are dropped at the end; examples repeated within the session are
    //! kept once.
    static QList<TrainingExample> collect(const EventList &events);

    //! Entity types of pretrained extractors: not training data.
    static bool isPretrainedExtractor(const QString &extractor);
};

} // namespace Coach
