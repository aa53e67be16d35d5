// Decap's built bundle (decap-cms-app/dist) expects React and ReactDOM as page globals,
// which React 19 no longer ships as files of its own: this script, built from the
// installed packages, provides them before Decap loads.
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';

Object.assign(window, { React, ReactDOM: { ...ReactDOM, ...ReactDOMClient } });
