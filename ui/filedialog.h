#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Coach {

//! The only way the application asks for file names (style.md §15).
//! setNextFileName() makes the next call return that name without showing
//! a dialog (an empty string means "cancelled"), so GUI tests never block.
class FileDialog final
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter, const QString &defaultSuffix = {});
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir);

    static void setNextFileName(const QString &fileName);
    static bool hasNextFileName();
    //! Caption of the last dialog asked for (shown or answered by a test).
    static QString lastCaption();
};

} // namespace Coach
