#pragma once

#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// A badge layout read from a JSON file (see templates/README.md): page size
// in millimetres, and elements placed in millimetres — texts bound to a field,
// the category band, the QR code, images. A sheet template tiles another one.
struct BadgeTemplate {
    Q_DECLARE_TR_FUNCTIONS(BadgeTemplate)

public:
    struct Element {
        enum class Type { Text, Band, Qr, Image };
        Type type = Type::Text;
        QString field; // for text: first_name, last_name, full_name, organisation, role, country, category,
                       // event_title, event_dates, code
        double x = 0, y = 0, w = 0, h = 0; // mm (for a QR code, w = h = size)
        double size = 10; // pt
        double minSize = 6; // pt, before wrapping onto a second line
        int lines = 1;
        bool bold = false;
        bool uppercase = false;
        Qt::Alignment align = Qt::AlignHCenter;
        QString colour; // text colour, "#RRGGBB"; default black
        QString path; // for an image, relative to the template's folder
    };

    QString name;
    QString title;
    QSizeF pageMm;
    bool monochrome = false;
    int dpi = 300;
    QStringList fonts { QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK JP"),
        QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic"), QStringLiteral("DejaVu Sans") };
    QVector<Element> elements;
    QString folder; // where the file was, for relative image paths
    // A sheet: columns × rows of another template.
    int columns = 0;
    int rows = 0;
    QString cellTemplate;
    bool cutMarks = false;

    bool isSheet() const { return columns > 0 && rows > 0; }

    // Reads a template by name (from the built-in set or the extra folder) or by file path.
    static std::optional<BadgeTemplate> load(const QString &nameOrPath, QString *error);
    static std::optional<BadgeTemplate> fromJson(const QByteArray &json, QString *error);
    // Names of the templates on offer.
    static QStringList available();
    // The template for one category: "NAME.CATEGORY" (a6.presse) when the
    // organisers made such a variant, else NAME itself.
    static QString forCategory(const QString &name, const QString &categoryKey);
    // A folder with more templates (ACCUEIL_TEMPLATES, or set by the app).
    static void setExtraFolder(const QString &folder);
};
