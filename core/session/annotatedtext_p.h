#pragma once

#include "model/entity.h"

#include <QList>
#include <QString>

namespace Coach {

//! The message in Rasa's annotation syntax (`fly to [Berlin](city)`, spec
//! §5.5.1). Private seam of the session engine over the export helpers.
QString annotatedMessage(const QString &text, const QList<Entity> &entities);

} // namespace Coach
