# Generated from ui/help_window.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 91f0b33b56615e1c8beab0f0dd859b741dbf0d2c2d5a173e6ea8d889cf19f967
# uic: uic 6.11.3
# output-sha256: 1cab08da29f19170e3ea404ec590449811e2e49582f6df58725f80d2f011e329
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_window.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTextBrowser, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_HelpWindow(object):
    def setupUi(self, HelpWindow):
        if not HelpWindow.objectName():
            HelpWindow.setObjectName(u"HelpWindow")
        HelpWindow.resize(1000, 660)
        HelpWindow.setSizeGripEnabled(True)
        HelpWindow.setModal(False)
        self.helpLayout = QVBoxLayout(HelpWindow)
        self.helpLayout.setObjectName(u"helpLayout")
        self.splitter = QSplitter(HelpWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.topicsPane = QWidget(self.splitter)
        self.topicsPane.setObjectName(u"topicsPane")
        self.topicsLayout = QVBoxLayout(self.topicsPane)
        self.topicsLayout.setObjectName(u"topicsLayout")
        self.topicsLayout.setContentsMargins(0, 0, 0, 0)
        self.searchLabel = QLabel(self.topicsPane)
        self.searchLabel.setObjectName(u"searchLabel")

        self.topicsLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.topicsPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topicsLayout.addWidget(self.searchEdit)

        self.topicTree = QTreeWidget(self.topicsPane)
        self.topicTree.setObjectName(u"topicTree")
        self.topicTree.setMinimumSize(QSize(230, 0))
        self.topicTree.setHeaderHidden(True)
        self.topicTree.setRootIsDecorated(True)

        self.topicsLayout.addWidget(self.topicTree)

        self.splitter.addWidget(self.topicsPane)
        self.browser = QTextBrowser(self.splitter)
        self.browser.setObjectName(u"browser")
        self.browser.setMinimumSize(QSize(420, 0))
        self.browser.setOpenLinks(False)
        self.splitter.addWidget(self.browser)

        self.helpLayout.addWidget(self.splitter)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.backButton = QPushButton(HelpWindow)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.backButton)

        self.indexButton = QPushButton(HelpWindow)
        self.indexButton.setObjectName(u"indexButton")
        self.indexButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.indexButton)

        self.manualButton = QPushButton(HelpWindow)
        self.manualButton.setObjectName(u"manualButton")
        self.manualButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.manualButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(HelpWindow)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.helpLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.topicTree)
        QWidget.setTabOrder(self.topicTree, self.browser)
        QWidget.setTabOrder(self.browser, self.backButton)
        QWidget.setTabOrder(self.backButton, self.indexButton)
        QWidget.setTabOrder(self.indexButton, self.manualButton)
        QWidget.setTabOrder(self.manualButton, self.closeButton)

        self.retranslateUi(HelpWindow)
    # setupUi

    def retranslateUi(self, HelpWindow):
        HelpWindow.setWindowTitle(QCoreApplication.translate("HelpWindow", u"Ayuda \u2014 Pisac Desktop", None))
        self.searchLabel.setText(QCoreApplication.translate("HelpWindow", u"&Buscar en la ayuda:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HelpWindow", u"Palabras (sin importar tildes)", None))
        ___qtreewidgetitem = self.topicTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("HelpWindow", u"Tema", None))
#if QT_CONFIG(accessibility)
        self.topicTree.setAccessibleName(QCoreApplication.translate("HelpWindow", u"Temas de la ayuda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("HelpWindow", u"P\u00e1gina de ayuda", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("HelpWindow", u"&Atr\u00e1s", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("HelpWindow", u"Volver a la p\u00e1gina anterior (Alt+Izquierda)", None))
#endif // QT_CONFIG(tooltip)
        self.indexButton.setText(QCoreApplication.translate("HelpWindow", u"\u00cd&ndice", None))
#if QT_CONFIG(tooltip)
        self.indexButton.setToolTip(QCoreApplication.translate("HelpWindow", u"Todas las p\u00e1ginas de la ayuda, por m\u00f3dulo", None))
#endif // QT_CONFIG(tooltip)
        self.manualButton.setText(QCoreApplication.translate("HelpWindow", u"&Manual de usuario (PDF)\u2026", None))
#if QT_CONFIG(tooltip)
        self.manualButton.setToolTip(QCoreApplication.translate("HelpWindow", u"Toda la ayuda en un PDF para leer o imprimir, abierto en el visor del sistema", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("HelpWindow", u"&Cerrar", None))
    # retranslateUi
