#pragma once

#include "result.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coach::FakeRasa {

//! An entity marked in a training example: `[text](entity)`,
//! `[text](entity:value)` or `[text]{"entity": ..., "value": ..., "role": ...}`.
struct AnnotatedEntity
{
    int start = 0;
    int end = 0;
    QString text;
    QString entity;
    QJsonValue value; //!< the synonym or given value; the text when none was given
    QString role;
    QString group;
};

struct NluExample
{
    QString intent;
    QString text; //!< plain text, annotations removed
    QList<AnnotatedEntity> entities;
};

//! The `nlu:` part of Rasa YAML training files.
struct NluTrainingData
{
    QList<NluExample> examples;
    //! lower-case synonym text → the value it maps to
    QHash<QString, QString> synonyms;
    //! lookup table name → entries
    QHash<QString, QStringList> lookups;
    //! regex name → patterns
    QHash<QString, QStringList> regexes;

    //! Adds the items of a `nlu:` list; errors name the item.
    Status addNluSection(const QJsonValue &section);
    //! Parses one annotated example into its plain text and entities.
    static NluExample parseExample(const QString &intent, const QString &annotated);
    //! The `- item` lines of an `examples: |` block (or a list of texts).
    static QStringList exampleLines(const QJsonValue &examples);
};

} // namespace Coach::FakeRasa
