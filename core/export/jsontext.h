#pragma once

#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace Coach {

//! Finds places in JSON text without parsing it into a document, so that
//! an exporter can add to a JSON file as text and keep every other byte
//! (number spellings such as `4.0`, key order, layout) as it was.
namespace JsonText {

//! Where new items of an array go: right after its last item (or at its
//! closing `]` when it has none), whether it has no items, and how deep it
//! is nested (the root object is level 0).
struct ArrayEnd
{
    qsizetype insertAt = 0;
    bool empty = true;
    int level = 0;
};

//! The array reached through object keys `path` from the root object
//! (`{"rasa_nlu_data": {"common_examples": [...]}}`); nullopt when the
//! text is not valid JSON of that shape.
std::optional<ArrayEnd> findArray(QByteArrayView text, const QStringList &path);

} // namespace JsonText

} // namespace Coach
