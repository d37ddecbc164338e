#include "entitypalette.h"

#include <QPalette>

namespace Coach {

int EntityPalette::hue(const QString &entityType)
{
    // A fixed hash (not qHash, which is seeded per process) so that a type
    // keeps its colour between runs; golden-angle steps spread the hues.
    quint32 hash = 2166136261u;
    for (const QChar ch : entityType) {
        hash ^= ch.unicode();
        hash *= 16777619u;
    }
    return static_cast<int>((hash % 360u) * 137u % 360u);
}

bool EntityPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor EntityPalette::background(const QString &entityType, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(hue(entityType), 110, 70)
                           : QColor::fromHsl(hue(entityType), 200, 215);
}

QColor EntityPalette::accent(const QString &entityType, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(hue(entityType), 200, 150)
                           : QColor::fromHsl(hue(entityType), 200, 100);
}

} // namespace Coach
