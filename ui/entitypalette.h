#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace Coach {

//! Colours of entity spans. Each entity type gets a stable hue; lightness
//! follows the palette so that the palette's own text colour stays readable
//! on the span in light and dark themes alike.
class EntityPalette final
{
public:
    static QColor background(const QString &entityType, const QPalette &palette);
    //! The same hue, stronger, for the underline of the span.
    static QColor accent(const QString &entityType, const QPalette &palette);
    static bool isDark(const QPalette &palette);

private:
    static int hue(const QString &entityType);
};

} // namespace Coach
