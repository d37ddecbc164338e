#pragma once

#include "result.h"

#include "model/entity.h"

#include <QList>
#include <QString>

namespace Coach {

//! A message text with its entity markup removed, and the entities the
//! markup described. Offsets are in Unicode code points, as Rasa counts them.
struct AnnotatedText
{
    QString plainText;
    QList<Entity> entities;
};

//! Rasa's inline entity markup in training examples and e2e stories
//! (spec §5.5.1 and §5.5.2): `[Berlin](city)`, the legacy synonym form
//! `[NYC](city:New York)`, the JSON form
//! `[LA]{"entity": "city", "role": "to", "value": "Los Angeles"}` and (3.x)
//! several entities on one span `[Berlin][{"entity": "city"}, {...}]`.
//! The engine uses parse() for the annotator's corrections; the exporter
//! uses render() for NLU examples and test stories.
class Annotation
{
public:
    //! Extracts entities and the plain text. Fails (naming the markup) on
    //! JSON that is invalid or does not follow Rasa's schema (`entity`
    //! required; `entity`, `role`, `group` must be text, `value` text or a
    //! number, as Rasa's schema says).
    static Result<AnnotatedText> parse(const QString &annotated);

    //! The text with every entity that has a span written as markup. Texts
    //! starting with `/` are returned unchanged. Short form when the value
    //! equals the covered text (or is null) and there is no role or group;
    //! otherwise JSON with keys entity, role, group, value (nulls left out,
    //! non-ASCII escaped as Python's json.dumps does). Entities sharing a
    //! start are written as one list (3.x); members with another end and
    //! entities overlapping an earlier span cannot be written and are left
    //! out, as are spans outside the text. Number values are written as
    //! numbers, as Rasa writes them (`[4]{"entity": "number", "value": 4}`);
    //! other values Rasa's reader refuses (true, lists) are written as text.
    static QString render(const QString &text, const QList<Entity> &entities);

    //! Number of code points in `text` (Python's len()).
    static int codePointLength(const QString &text);
    //! UTF-16 index of code point `index` in `text` (clamped to the end).
    static qsizetype utf16Index(const QString &text, int index);
    //! The value of an entity as the text a training example carries:
    //! strings unchanged, numbers as Python prints them, null as a null
    //! QString.
    static QString valueAsText(const QJsonValue &value);
};

} // namespace Coach
