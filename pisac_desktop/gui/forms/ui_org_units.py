# Generated from ui/org_units.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 5f96ea6201f9ab6c45133bfccb82ea4dd783647dabcd92b5879e380c3fea874e
# uic: uic 6.11.3
# output-sha256: e2a3dfa99d043aa63e457911188b550e178c61270dcdab79f3e4bc6d84033ac0
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'org_units.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_OrgUnits(object):
    def setupUi(self, OrgUnits):
        if not OrgUnits.objectName():
            OrgUnits.setObjectName(u"OrgUnits")
        self.orgUnitsLayout = QVBoxLayout(OrgUnits)
        self.orgUnitsLayout.setObjectName(u"orgUnitsLayout")
        self.titleLabel = QLabel(OrgUnits)
        self.titleLabel.setObjectName(u"titleLabel")

        self.orgUnitsLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(OrgUnits)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.orgUnitsLayout.addWidget(self.hintLabel)

        self.showInactiveCheck = QCheckBox(OrgUnits)
        self.showInactiveCheck.setObjectName(u"showInactiveCheck")

        self.orgUnitsLayout.addWidget(self.showInactiveCheck)

        self.unitsView = QTableView(OrgUnits)
        self.unitsView.setObjectName(u"unitsView")
        self.unitsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.unitsView.setAlternatingRowColors(True)
        self.unitsView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.orgUnitsLayout.addWidget(self.unitsView)


        self.retranslateUi(OrgUnits)
    # setupUi

    def retranslateUi(self, OrgUnits):
        self.titleLabel.setText(QCoreApplication.translate("OrgUnits", u"Unidades org\u00e1nicas", None))
        self.hintLabel.setText(QCoreApplication.translate("OrgUnits", u"\u00d3rganos de asesor\u00eda, apoyo y l\u00ednea que la Gerencia Municipal dirige y supervisa, con su responsable de hoy cuando est\u00e1 registrado. La lista se edita en Configuraci\u00f3n > Datos de la instituci\u00f3n.", None))
        self.showInactiveCheck.setText(QCoreApplication.translate("OrgUnits", u"Mostrar tambi\u00e9n las unidades &desactivadas", None))
#if QT_CONFIG(accessibility)
        self.unitsView.setAccessibleName(QCoreApplication.translate("OrgUnits", u"Unidades org\u00e1nicas", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
