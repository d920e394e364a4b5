# Generated from ui/verify_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 0f6f38efd4bb7cacf29b4441e04fb82a7754134a4d640c98e76f6e22a2c20746
# uic: uic 6.11.3
# output-sha256: cbe0d1cf1e0da5ceaeabff4e9a38024c94bae8b64aa9795187595ca78c5ad73b
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_section.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_VerifySection(object):
    def setupUi(self, VerifySection):
        if not VerifySection.objectName():
            VerifySection.setObjectName(u"VerifySection")
        VerifySection.resize(900, 600)
        self.sectionLayout = QVBoxLayout(VerifySection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(VerifySection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(VerifySection)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.hintLabel)

        self.codeLayout = QHBoxLayout()
        self.codeLayout.setObjectName(u"codeLayout")
        self.codeLabel = QLabel(VerifySection)
        self.codeLabel.setObjectName(u"codeLabel")

        self.codeLayout.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(VerifySection)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)
        self.codeEdit.setClearButtonEnabled(True)

        self.codeLayout.addWidget(self.codeEdit)

        self.verifyButton = QPushButton(VerifySection)
        self.verifyButton.setObjectName(u"verifyButton")
        self.verifyButton.setAutoDefault(False)

        self.codeLayout.addWidget(self.verifyButton)


        self.sectionLayout.addLayout(self.codeLayout)

        self.verdictLabel = QLabel(VerifySection)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sectionLayout.addWidget(self.verdictLabel)

        self.detailsLabel = QLabel(VerifySection)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextFormat(Qt.RichText)
        self.detailsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detailsLabel.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.sectionLayout.addWidget(self.detailsLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sectionLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.verifyButton)

        self.retranslateUi(VerifySection)
    # setupUi

    def retranslateUi(self, VerifySection):
        self.titleLabel.setText(QCoreApplication.translate("VerifySection", u"Verificar documento", None))
        self.hintLabel.setText(QCoreApplication.translate("VerifySection", u"Escriba el c\u00f3digo de verificaci\u00f3n impreso al pie del documento, copia certificada, citaci\u00f3n o acta (p. ej. MDP-7K3Q-9XW2), o l\u00e9alo con el lector de c\u00f3digos: se verifica al pulsar Intro.", None))
        self.codeLabel.setText(QCoreApplication.translate("VerifySection", u"&C\u00f3digo:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("VerifySection", u"MDP-XXXX-XXXX", None))
        self.codeEdit.setStyleSheet(QCoreApplication.translate("VerifySection", u"font-family: monospace; font-size: 14pt;", None))
        self.verifyButton.setText(QCoreApplication.translate("VerifySection", u"&Verificar", None))
        self.verdictLabel.setText("")
        self.detailsLabel.setText("")
        pass
    # retranslateUi
