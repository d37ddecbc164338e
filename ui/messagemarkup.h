#pragma once

#include "model/entity.h"

#include <QList>
#include <QString>

namespace Coach {

//! Rasa's annotated message text (`[Berlin](city)`,
//! `[Berlin]{"entity": "city", "role": "destination"}`; spec §5.5.1), used to
//! show user messages in the history and to pre-fill the "edit as Rasa
//! markup" field.
class MessageMarkup final
{
public:
    //! `text` with every entity that has a span written in Rasa's markup;
    //! messages starting with '/' are returned unchanged.
    static QString annotate(const QString &text, const QList<Entity> &entities);

private:
    static QString annotation(const Entity &entity, const QString &covered);
    static QString annotationObject(const Entity &entity, const QString &covered);
};

} // namespace Coach
