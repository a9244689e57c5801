#include "printing/PrintLog.h"

Q_LOGGING_CATEGORY(lcPrint, "accueil.print", QtInfoMsg)
