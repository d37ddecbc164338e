// Prints the MIME type Qt's database (shared-mime-info, via XDG_DATA_DIRS)
// assigns to each file given on the command line, one per line.
#include <QCoreApplication>
#include <QMimeDatabase>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QMimeDatabase database;
    const QStringList files = app.arguments().mid(1);
    for (const QString &file : files)
        out << database.mimeTypeForFile(file).name() << '\n';
    return 0;
}
